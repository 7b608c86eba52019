/** Resident memory of another process, read from /proc/<pid>/status (Linux), sampled over time. */
import { readFileSync } from "node:fs";

export interface RssSample {
  /** Seconds since sampling started. */
  atS: number;
  mb: number;
}

export function readRssMb(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // the process has exited
  }
}

export function sampleRss(pid: number, everyMs = 1000): { samples: RssSample[]; stop: () => void } {
  const samples: RssSample[] = [];
  const t0 = performance.now();
  const take = () => {
    const mb = readRssMb(pid);
    if (mb !== undefined) samples.push({ atS: (performance.now() - t0) / 1000, mb });
  };
  take();
  const timer = setInterval(take, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The median RSS of the samples taken in [fromS, toS). */
export function medianRssBetween(samples: RssSample[], fromS: number, toS: number): number {
  return median(samples.filter((s) => s.atS >= fromS && s.atS < toS).map((s) => s.mb));
}
