/**
 * npm run probes: brief the invented probe articles in bench/probes/ (news of many kinds, scraped
 * with page furniture, each with the brief its writer expected set down before any run) and count
 * how many briefs agree: first who, when, first where, and each expected stance. These articles were
 * used to find faults, so the counts guard against regressions; they are no held-out measure.
 * V=1 lists each disagreement; DIR=path scores the probe files in another folder (a new round, before it joins;
 * bench/probes-heldout holds a round kept out of the fixing, to measure how rules carry to new articles:
 * score it, do not fix from it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { brief } from "../src/brief/index";
import { sameActor } from "../src/eval/stance-accuracy";

const Probe = z.object({
  id: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  published: z.string(),
  publisher: z.string().nullable(),
  expected: z.object({
    who: z.array(z.string()),
    when: z.string(),
    where: z.array(z.string()),
    stance: z.array(z.object({ actor: z.string(), position: z.enum(["supports", "opposes", "neutral", "no comment"]) })),
  }),
});

const dir = process.env.DIR ?? new URL("./probes/", import.meta.url).pathname;
const key = (name: string) => name.toLowerCase().replace(/^the /, "").replace(/[’']/g, "'").trim();
/** One name within the other ("Oakhollow" in "Oakhollow Education Association"): the writers named things in full. */
const sameName = (a: string, b: string) => key(a) === key(b) || (key(a).length > 3 && key(b).includes(key(a))) || (key(b).length > 3 && key(a).includes(key(b)));

const totals = { articles: 0, who: 0, when: 0, where: 0, stances: 0, stancesRight: 0 };
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean)) {
    const p = Probe.parse(JSON.parse(line));
    totals.articles++;
    const result = brief({ id: p.id, text: p.text, published: p.published, ...(p.title ? { title: p.title } : {}), ...(p.publisher ? { publisher: p.publisher } : {}) });
    if (!result.ok) {
      console.log(`${p.id}: rejected (${result.rejection.code})`);
      continue;
    }
    const b = result.brief;
    const misses: string[] = [];
    const firstWho = b.who[0]?.name;
    if (firstWho && p.expected.who.some((w) => sameName(w, firstWho))) totals.who++;
    else misses.push(`who: ${firstWho ?? "none"} (expected ${p.expected.who.join(" | ")})`);
    if (b.when?.date === p.expected.when) totals.when++;
    else misses.push(`when: ${b.when?.date ?? "none"} (expected ${p.expected.when})`);
    const firstWhere = b.where[0]?.name;
    if (firstWhere ? p.expected.where.some((w) => sameName(w, firstWhere) || sameActor(w, firstWhere)) : !p.expected.where.length) totals.where++;
    else misses.push(`where: ${firstWhere ?? "none"} (expected ${p.expected.where.join(" | ") || "none"})`);
    for (const s of p.expected.stance) {
      totals.stances++;
      const got = b.stance.find((x) => sameActor(s.actor, x.actor) || sameName(s.actor, x.actor));
      if (got?.position === s.position.replace(" ", "_")) totals.stancesRight++;
      else misses.push(`stance: ${s.actor} ${got?.position ?? "none"} (expected ${s.position})`);
    }
    if (process.env.V && misses.length) console.log(`${p.id}\n  ${misses.join("\n  ")}`);
  }
}
const { articles, who, when, where, stances, stancesRight } = totals;
console.log(`probe articles: ${articles}; first who ${who}, when ${when}, first where ${where}; stances ${stancesRight} of ${stances} (${((100 * stancesRight) / stances).toFixed(0)}%)`);
