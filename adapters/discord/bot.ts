/**
 * The Discord bot (discord.js v14) over the shared command layer: slash commands and a "Brief this"
 * message command, replies as embeds within Discord's limits, allowedMentions none everywhere (no
 * article text can ping @everyone or a role), chat-wide changes only for members with Manage
 * Channels, rate limits left to discord.js's REST queue. DISCORD_API_BASE points it at another API.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, Client, Events, GatewayIntentBits, type Interaction, MessageFlags, PermissionFlagsBits, REST, Routes } from "discord.js";
import { ChatRouter } from "../../src/chat/router";
import type { ChatDeps, Incoming } from "../../src/chat/types";
import { replyToDiscord } from "../../src/render/discord";

const NO_MENTIONS = { parse: [] as never[] };

/** The application commands, as registered over REST. */
export function commandDefinitions() {
  const text = (name: string, description: string) => ({ type: ApplicationCommandOptionType.String, name, description, required: false });
  return [
    { name: "brief", description: "Brief the latest story, the best match for your words, or a link", options: [text("query", "words to search for, or a link"), { type: ApplicationCommandOptionType.Boolean, name: "why", description: "show the evidence sentences", required: false }] },
    { name: "digest", description: "Today's digest now" },
    { name: "subscribe", description: "A daily digest in this channel", options: [text("topic", "words to match, or all"), text("time", "HH:MM"), text("timezone", "e.g. Europe/London")] },
    { name: "unsubscribe", description: "Stop a daily digest", options: [text("topic", "a topic, or all")] },
    { name: "subscriptions", description: "This channel's daily digests" },
    { name: "sources", description: "The news feeds I read" },
    { name: "help", description: "What I do and my commands" },
    { name: "Brief this", type: ApplicationCommandType.Message },
  ];
}

/** Registers the commands for one guild (instant, for development) or globally (production). */
export async function registerDiscordCommands(options: { token: string; appId: string; guildId?: string; api?: string }): Promise<void> {
  const rest = new REST({ ...(options.api ? { api: options.api } : {}) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.appId, options.guildId) : Routes.applicationCommands(options.appId);
  await rest.put(route, { body: commandDefinitions() });
}

/** A slash command's options back into the command text the router reads ("/subscribe ukraine at 07:30 Europe/Ottawa"). */
function commandText(interaction: Interaction): string | null {
  if (!interaction.isChatInputCommand()) return null;
  const o = interaction.options;
  switch (interaction.commandName) {
    case "brief":
      return `/brief ${o.getString("query") ?? ""}${o.getBoolean("why") ? " why" : ""}`;
    case "subscribe":
      return `/subscribe ${o.getString("topic") ?? ""}${o.getString("time") ? ` at ${o.getString("time")}` : ""} ${o.getString("timezone") ?? ""}`;
    case "unsubscribe":
      return `/unsubscribe ${o.getString("topic") ?? ""}`;
    default:
      return `/${interaction.commandName}`;
  }
}

export function createDiscordClient(options: { deps: ChatDeps; api?: string; log?: (line: string) => void }): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: NO_MENTIONS, ...(options.api ? { rest: { api: options.api } } : {}) });
  const router = new ChatRouter(options.deps);
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));

  client.on(Events.InteractionCreate, async (interaction) => {
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;
    const text = interaction.isMessageContextMenuCommand() ? "/brief" : commandText(interaction);
    if (!text) return;
    const incoming: Incoming = {
      platform: "discord",
      chatId: interaction.channelId,
      userId: interaction.user.id,
      chatKind: interaction.inGuild() ? "group" : "private",
      text: text.trim(),
      ...(interaction.isMessageContextMenuCommand() ? { replyTo: interaction.targetMessage.content } : {}),
      isAdmin: async () => !!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels),
    };
    try {
      // Links are fetched and briefed: that can outlast Discord's 3-second answer window.
      const slow = /https?:\/\//.test(text) || interaction.isMessageContextMenuCommand();
      if (slow) await interaction.deferReply();
      const reply = await router.handle(incoming);
      if (!reply) return;
      const ephemeral = reply.kind === "refused" || reply.kind === "usage";
      const [first, ...rest] = replyToDiscord(reply);
      const payload = (m: typeof first) => ({ ...(m.content ? { content: m.content } : {}), embeds: m.embeds, allowedMentions: NO_MENTIONS });
      if (slow) await interaction.editReply(payload(first));
      else await interaction.reply({ ...payload(first), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
      for (const m of rest) await interaction.followUp(payload(m));
    } catch (e) {
      log(`discord: /${interaction.commandName} failed: ${(e as Error).message}`);
    }
  });
  return client;
}
