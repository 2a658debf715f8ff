import type { Lang } from "./types";

const names: Record<Lang, Record<string, string>> = {
  vi: { self: "tự chấm", bloc: "khối chấm", verified: "thẩm định", final: "kết quả cuối cùng" },
  en: { self: "self score", bloc: "bloc score", verified: "verification", final: "final result" },
};

export function stageName(stage: string, lang: Lang): string {
  return names[lang][stage] ?? stage;
}
