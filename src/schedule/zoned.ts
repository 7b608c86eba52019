/**
 * Wall-clock time in an IANA zone ↔ UTC instants, with Intl only (no locale, no library): what
 * "09:00 in Europe/London on 2026-03-29" is as an instant, across DST changes.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's wall clock at an instant: { date: "YYYY-MM-DD", minutes since local midnight }. */
export function localParts(instant: number, zone: string): { date: string; minutes: number } {
  const p = Object.fromEntries(formatter(zone).formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** Offset of the zone from UTC at an instant, in minutes. */
export function offsetMinutes(instant: number, zone: string): number {
  const p = Object.fromEntries(formatter(zone).formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The first instant at which the zone's clock shows `time` on `date`. A time skipped by a spring-
 * forward change (02:30) is delivered at the first valid minute after the gap; a time that occurs
 * twice in autumn takes its first occurrence. Either way: once per local day.
 */
const instants = new Map<string, number>();

export function zonedInstant(date: string, time: string, zone: string): number {
  const key = `${zone}|${date}|${time}`;
  let v = instants.get(key);
  if (v === undefined) {
    v = computeZonedInstant(date, time, zone);
    // Many subscribers share a zone and a time: remember, within bounds.
    if (instants.size > 100_000) instants.clear();
    instants.set(key, v);
  }
  return v;
}

function computeZonedInstant(date: string, time: string, zone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets in force a day before and a day after; the earliest that shows `time` wins.
  const candidates = [offsetMinutes(wall - 86_400_000, zone), offsetMinutes(wall + 86_400_000, zone)]
    .map((off) => wall - off * 60_000)
    .filter((t) => {
      const p = localParts(t, zone);
      return p.date === date && p.minutes === hh * 60 + mm;
    })
    .sort((a, b) => a - b);
  if (candidates.length) return candidates[0];
  // In a spring-forward gap: the wall time does not exist; the gap's end is the next valid minute.
  let t = wall - offsetMinutes(wall - 86_400_000, zone) * 60_000;
  while (localParts(t, zone).minutes < hh * 60 + mm && localParts(t, zone).date === date) t += 60_000;
  return t;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
