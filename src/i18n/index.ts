export type { Lang, MessageContext } from "./types";
export { formatNumber } from "./format";
export { stageName } from "./stages";
export { text, type TextKey } from "./text";
export { onSurface, type Surface } from "./surface";
export { findingMessage, findingMessages, findingNames, findingParts, NO_NAMES, renderFinding, type FindingNames, type FindingParts, type RenderOptions } from "./findingText";
export { placeName } from "./places";
export { systemError, type SystemErrorWords } from "./systemErrors";
