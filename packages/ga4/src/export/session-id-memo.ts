/**
 * The session id of the row read last, kept so that the rows of one session (an export mostly
 * writes them one after another) share one string: none is built again, and the event log finds
 * that string, its hash already known, when it interns it.
 */
export class SessionIdMemo {
  #pseudoId = "";
  #session: string | number = "";
  #id = "";

  /** `` `${pseudoId}:${session}` ``: the string of the row before when both are the same. */
  of(pseudoId: string, session: string | number): string {
    if (pseudoId !== this.#pseudoId || session !== this.#session) {
      this.#pseudoId = pseudoId;
      this.#session = session;
      this.#id = `${pseudoId}:${session}`;
    }
    return this.#id;
  }
}
