import { Matrix, solve } from 'ml-matrix';

/** One training row: feature values, the label (1 = same product) and an optional weight. */
export interface TrainingRow {
  readonly x: ArrayLike<number>;
  readonly y: 0 | 1;
  readonly weight?: number;
}

export interface LogisticModel {
  readonly weights: readonly number[];
  readonly intercept: number;
  readonly iterations: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept); keeps rare features from running away. Default 1. */
  readonly l2?: number;
  readonly maxIterations?: number;
  /** Stop when no parameter moves more than this. Default 1e-6. */
  readonly tolerance?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Fits an L2-regularised logistic regression by Newton's method (iteratively reweighted least squares):
 * a handful of iterations for the few dozen features a matching algorithm has.
 * @example fitLogistic([{ x: [1], y: 1 }, { x: [0], y: 0 }], { l2: 0.1 }).weights[0] > 0
 */
export function fitLogistic(rows: readonly TrainingRow[], options: LogisticOptions = {}): LogisticModel {
  const dimensions = rows[0]?.x.length ?? 0;
  const l2 = options.l2 ?? 1;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 50;
  // Parameter 0 is the intercept, then one per feature.
  let beta = new Array<number>(dimensions + 1).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    const gradient = new Array<number>(dimensions + 1).fill(0);
    const hessian = Matrix.zeros(dimensions + 1, dimensions + 1);
    for (const row of rows) {
      const weight = row.weight ?? 1;
      let z = beta[0] as number;
      for (let j = 0; j < dimensions; j += 1) z += (beta[j + 1] as number) * (row.x[j] as number);
      const p = sigmoid(z);
      const residual = weight * (row.y - p);
      const curvature = weight * p * (1 - p);
      for (let a = 0; a <= dimensions; a += 1) {
        const xa = a === 0 ? 1 : (row.x[a - 1] as number);
        if (xa === 0) continue;
        gradient[a] = (gradient[a] as number) + residual * xa;
        for (let b = 0; b <= dimensions; b += 1) {
          const xb = b === 0 ? 1 : (row.x[b - 1] as number);
          if (xb !== 0) hessian.set(a, b, hessian.get(a, b) + curvature * xa * xb);
        }
      }
    }
    for (let j = 1; j <= dimensions; j += 1) {
      gradient[j] = (gradient[j] as number) - l2 * (beta[j] as number);
      hessian.set(j, j, hessian.get(j, j) + l2);
    }
    hessian.set(0, 0, hessian.get(0, 0) + 1e-9);
    const step = solve(hessian, Matrix.columnVector(gradient)).to1DArray();
    beta = beta.map((value, j) => value + (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < tolerance) {
      iterations += 1;
      break;
    }
  }
  return { intercept: beta[0] as number, weights: beta.slice(1), iterations };
}

/** The model's probability that a row is a match. */
export function predictLogistic(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.intercept;
  for (let j = 0; j < model.weights.length; j += 1) z += (model.weights[j] as number) * (x[j] as number);
  return sigmoid(z);
}
