/**
 * Where a message is read. A finding's advice names the reader's own controls: the command line's verbs and
 * options, or the pane's views and buttons — never the other's (the pane has no `--vote`, the CLI no button).
 */
export type Surface = "cli" | "pane";

/** The CLI's words or the pane's, for the surface a message is rendered on. */
export function onSurface(surface: Surface, cli: string, pane: string): string {
  return surface === "pane" ? pane : cli;
}
