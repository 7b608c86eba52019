import { resolve } from "node:path";

/** The shared eval folder (5w-dev/, score.mjs); EVAL_DIR overrides where it is. */
export const EVAL_DIR = resolve(process.env.EVAL_DIR ?? new URL("../../shared/eval", import.meta.url).pathname);
