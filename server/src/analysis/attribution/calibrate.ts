/** A fitted calibration table: ascending thresholds of a raw score and the share right from each on. */
export type CalibrationTable = readonly (readonly [number, number])[];

/** The share right for a raw score `p`, as the table was fitted; `p` itself below its first threshold. */
export function calibrate(table: CalibrationTable, p: number): number {
  let out = p;
  for (const [at, share] of table) {
    if (p < at) break;
    out = share;
  }
  return out;
}
