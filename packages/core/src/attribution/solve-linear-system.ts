/**
 * Solves `A x = b` by Gaussian elimination with partial pivoting. `A` is `size` x `size`, row
 * major; both arrays are overwritten. The systems solved here (I - Q of an absorbing Markov chain,
 * whose every state reaches absorption) are non-singular and diagonally dominant in practice, so
 * partial pivoting is enough for full double precision.
 */
export function solveLinearSystem(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array {
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    let largest = Math.abs(matrix[column * size + column] as number);
    for (let row = column + 1; row < size; row += 1) {
      const candidate = Math.abs(matrix[row * size + column] as number);
      if (candidate > largest) {
        largest = candidate;
        pivot = row;
      }
    }
    if (largest === 0) throw new Error(`singular system at column ${column}`);
    if (pivot !== column) {
      for (let k = column; k < size; k += 1) {
        const held = matrix[column * size + k] as number;
        matrix[column * size + k] = matrix[pivot * size + k] as number;
        matrix[pivot * size + k] = held;
      }
      const held = rhs[column] as number;
      rhs[column] = rhs[pivot] as number;
      rhs[pivot] = held;
    }
    const diagonal = matrix[column * size + column] as number;
    for (let row = column + 1; row < size; row += 1) {
      const factor = (matrix[row * size + column] as number) / diagonal;
      if (factor === 0) continue;
      for (let k = column; k < size; k += 1) {
        matrix[row * size + k] =
          (matrix[row * size + k] as number) - factor * (matrix[column * size + k] as number);
      }
      rhs[row] = (rhs[row] as number) - factor * (rhs[column] as number);
    }
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = rhs[row] as number;
    for (let k = row + 1; k < size; k += 1)
      sum -= (matrix[row * size + k] as number) * (solution[k] as number);
    solution[row] = sum / (matrix[row * size + row] as number);
  }
  return solution;
}
