/**
 * A Q&A interview: paragraphs opening "Q:" and "A:". The answers are the words of the person the
 * interview is with, whom no reporting verb names: the first person named, with a role, before the
 * first question (else the person named most).
 */
import type { Entity } from "./entities";
import type { Doc, Sentence } from "./sentences";

const QUESTION = /(?:^|\n)\s*Q\s*[:.]\s/g;
const ANSWER = /^\s*A\s*[:.]\s/;
/** Fewer questions than this make no interview ("Q: …" may open one reader's letter). */
const MIN_QUESTIONS = 2;

export interface Interview {
  /** The person answering. */
  subject: Entity;
  /** The sentences of the answers, in reading order. */
  answers: Sentence[];
}

export function findInterview(doc: Doc, people: Entity[]): Interview | null {
  const questions = [...doc.text.matchAll(QUESTION)].map((m) => m.index ?? 0);
  if (questions.length < MIN_QUESTIONS || !people.length) return null;
  const firstQuestion = questions[0];
  const introduced = people
    .filter((p) => p.role && p.mentions.some((m) => doc.sentences[m.sentence].start < firstQuestion))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  const subject = introduced ?? [...people].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const answers: Sentence[] = [];
  let answering = false;
  for (const s of doc.sentences) {
    const paragraphStart = doc.text.lastIndexOf("\n", s.start) + 1;
    // A sentence opening a paragraph starts an answer or ends one.
    if (doc.text.slice(paragraphStart, s.start).trim() === "") answering = ANSWER.test(s.text);
    if (answering && !s.cruft) answers.push(s);
  }
  return answers.length >= MIN_QUESTIONS ? { subject, answers } : null;
}
