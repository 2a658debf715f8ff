import { createContext, useContext } from "react";
import type { WorkbookSource } from "./types";

export const WorkbookSourceContext = createContext<WorkbookSource | null>(null);

/** The shared workbook; every view sits under App's provider. */
export function useWorkbookSource(): WorkbookSource {
  const source = useContext(WorkbookSourceContext);
  if (!source) throw new Error("useWorkbookSource outside WorkbookSourceContext");
  return source;
}
