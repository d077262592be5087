// ga4Adapter against the adapter contract's conformance kit, with small export fixtures written
// for it (expected events written by hand from the rows).
import { runAdapterConformance } from "@journeykit/core/testing";
import { ga4Adapter } from "./ga4-adapter";

const sessionStart =
  '{"event_date":"20240301","event_timestamp":"1709290800000000","event_name":"session_start","event_params":[{"key":"ga_session_id","value":{"string_value":null,"int_value":"1709290800","float_value":null,"double_value":null}},{"key":"page_title","value":{"string_value":"Pricing \\u0026 plans","int_value":null,"float_value":null,"double_value":null}}],"user_id":null,"user_pseudo_id":"111.222","device":{"category":"desktop","web_info":{"browser":"Firefox"}},"collected_traffic_source":{"manual_source":"newsletter","manual_medium":"email","manual_campaign_name":"march"}}';
// ga_session_id arrives as a string in this row; the session must still be the same.
const generateLead =
  '{"event_date":"20240301","event_timestamp":"1709290861500250","event_name":"generate_lead","event_params":[{"key":"ga_session_id","value":{"string_value":"1709290800","int_value":null,"float_value":null,"double_value":null}},{"key":"form_name","value":{"string_value":"demo_request","int_value":null,"float_value":null,"double_value":null}},{"key":"lead_score","value":{"string_value":null,"int_value":null,"float_value":null,"double_value":7.5}}],"user_id":null,"user_pseudo_id":"111.222","collected_traffic_source":null}';
// Consent mode without analytics storage: no user_pseudo_id, kept apart and not emitted.
const consentRow =
  '{"event_date":"20240301","event_timestamp":"1709290900000000","event_name":"page_view","event_params":[],"user_id":null,"user_pseudo_id":null}';

const sessionStartEvent = {
  customerId: "111.222",
  timestamp: 1709290800000,
  name: "session_start",
  sessionId: "111.222:1709290800",
  channel: "email",
  source: "newsletter",
  medium: "email",
  properties: { ga_session_id: 1709290800, page_title: "Pricing & plans" },
} as const;
const generateLeadEvent = {
  customerId: "111.222",
  timestamp: 1709290861500.25,
  name: "generate_lead",
  sessionId: "111.222:1709290800",
  properties: { ga_session_id: "1709290800", form_name: "demo_request", lead_score: 7.5 },
} as const;

runAdapterConformance({
  adapter: ga4Adapter,
  fixtures: [
    {
      name: "newline-delimited rows, one of them consent mode",
      input: `${sessionStart}\n${generateLead}\n${consentRow}\n`,
      expectedEvents: [sessionStartEvent, generateLeadEvent],
    },
    {
      name: "the same rows through JSON.parse alone (fastPath: false)",
      input: `${sessionStart}\n${generateLead}\n${consentRow}\n`,
      expectedEvents: [sessionStartEvent, generateLeadEvent],
      options: { fastPath: false },
    },
    {
      name: "a console JSON array with white space",
      input: `[\n  ${sessionStart},\n  ${generateLead}\n]\n`,
      expectedEvents: [sessionStartEvent, generateLeadEvent],
    },
    {
      name: "a row that is not JSON and a row without event_timestamp",
      input: `${sessionStart}\n{"event_name":"page_view",\n{"event_name":"scroll","user_pseudo_id":"111.222"}\n${generateLead}\n`,
      expectedEvents: [sessionStartEvent, generateLeadEvent],
      badRecords: 2,
      badLines: [2, 3],
    },
    {
      name: "an exact duplicate row",
      input: `${sessionStart}\n${generateLead}\n${sessionStart}\n`,
      expectedEvents: [sessionStartEvent, generateLeadEvent],
      duplicates: 1,
    },
  ],
  capabilities: { skipsBadRows: true, dedupes: true },
});
