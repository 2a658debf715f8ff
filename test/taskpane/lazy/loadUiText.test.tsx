/** @jest-environment jsdom */
// The language switch in a cold pane: English is a chunk not yet fetched (this file does not use paneHarness,
// which fetches it up front). A press waits for the words, then switches everything at once, never a bare key;
// a failed fetch is told, and the next press tries again. (prefetchUiText.test.tsx: fetched as the button is reached.)
import { fireEvent, render, screen } from "@testing-library/react";
import { viewsVi } from "../../../src/i18n/ui";
import { shellVi } from "../../../src/i18n/uiShell";
import { App } from "../../../src/taskpane/App";
import { preloadViews } from "../../../src/taskpane/views/registry";

// The English words fail to arrive while this is set, as over a dropped connection; a module factory that throws
// is not kept, so the next fetch tries again.
let mockEnglishFails = false;
jest.mock("../../../src/i18n/ui.en", () => {
  if (mockEnglishFails) throw new Error("Loading chunk text-en failed");
  return jest.requireActual("../../../src/i18n/ui.en");
});

// only the words are cold here: the views are fetched up front, as in paneHarness
beforeAll(() => preloadViews());

/** Text nodes that are a key of the table rather than words ("tab.rank"). */
function bareKeys(): string[] {
  const keys = new Set([...Object.keys(shellVi), ...Object.keys(viewsVi)]);
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (keys.has((n.textContent ?? "").trim())) found.push(n.textContent!.trim());
  return found;
}

describe("switching to English before its words are fetched", () => {
  it("says so when they cannot be fetched, and on the next press waits for them, then switches everything at once", async () => {
    render(<App mode="file" />);
    expect(document.documentElement.lang).toBe("vi");

    mockEnglishFails = true;
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByText(/^Không tải được phần chữ tiếng Anh của khung Thi đua \(Loading chunk text-en failed\)\. .*bấm English lần nữa\.$/)).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "Công việc" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("vi");

    mockEnglishFails = false;
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    // the press alone switched nothing yet: still all Vietnamese, no key in place of a word
    expect(screen.getByRole("tablist", { name: "Công việc" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("vi");
    expect(bareKeys()).toEqual([]);
    expect(await screen.findByRole("tablist", { name: "Tasks" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tiếng Việt" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Generate the scoring workbook" })).toBeTruthy();
    expect(screen.queryByText(/Không tải được/)).toBeNull();
    expect(document.documentElement.lang).toBe("en");
    expect(bareKeys()).toEqual([]);

    // back to Vietnamese, which is in the first load: at once
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(screen.getByRole("tablist", { name: "Công việc" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("vi");
  });
});
