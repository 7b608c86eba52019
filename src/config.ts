/**
 * Configuration from the environment (.env is read by `node --env-file` or the shell), validated
 * with zod. Errors name the variable and the fix; secrets are never echoed.
 */
import { z } from "zod";
import { DEFAULT_DATABASE } from "./store/open";

const Config = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TELEGRAM_API_ROOT: z.string().url("TELEGRAM_API_ROOT must be a URL such as http://127.0.0.1:8081").optional(),
  DISCORD_TOKEN: z.string().min(20, "DISCORD_TOKEN looks too short: copy the bot token from the Discord developer portal (Bot → Reset Token)").optional().or(z.literal("").transform(() => undefined)),
  DISCORD_APP_ID: z.string().regex(/^\d{15,25}$/, "DISCORD_APP_ID must be the application's numeric id (General Information → Application ID)").optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,25}$/, "DISCORD_GUILD_ID must be a server's numeric id (Developer Mode → Copy Server ID)").optional(),
  DISCORD_API_BASE: z.string().url("DISCORD_API_BASE must be a URL such as http://127.0.0.1:8082/api").optional(),
  TELEGRAM_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(1, "TELEGRAM_SEND_TIMEOUT_SECONDS must be at least 1 (seconds to wait for Telegram to accept a digest)").default(20),
  TELEGRAM_WEBHOOK_URL: z.string().url("TELEGRAM_WEBHOOK_URL must be the public https URL Telegram posts updates to").optional(),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535, "TELEGRAM_WEBHOOK_PORT must be a TCP port (1-65535)").default(8080),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "TELEGRAM_WEBHOOK_SECRET must be 16-256 letters, digits, _ or -").optional(),
  FEEDS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : [])),
  FEED_POLL_MINUTES: z.coerce.number().int().min(1, "FEED_POLL_MINUTES must be at least 1 (minutes between feed polls)").default(15),
  DIGEST_DEFAULT_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "DIGEST_DEFAULT_TIME must be HH:MM, e.g. 08:00").default("08:00"),
  DIGEST_TIMEZONE: z
    .string()
    .refine((z_) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: z_ });
        return true;
      } catch {
        return false;
      }
    }, "DIGEST_TIMEZONE must be an IANA time zone such as Europe/London")
    .default("UTC"),
});
export type Config = z.infer<typeof Config>;

const Checked = Config.superRefine((c, ctx) => {
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) ctx.addIssue({ code: "custom", path: ["TELEGRAM_WEBHOOK_SECRET"], message: "TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL, so only Telegram can post updates" });
});

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Checked.safeParse(env);
  if (parsed.success) return parsed.data;
  // Messages name the variable and the fix; values (tokens!) are never echoed.
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`configuration error: ${problems} (see .env.example)`);
}
