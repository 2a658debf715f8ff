/** @jest-environment jsdom */
// English is fetched as the language button is reached (focus or pointer), so the press that follows switches at
// once. Its own file: the words, once fetched, stay for the rest of a file (loadUiText.test.tsx: a cold press).
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { preloadViews } from "../../../src/taskpane/views/registry";

beforeAll(() => preloadViews());

describe("the language button", () => {
  it("fetches the English words when focused, so the press then switches at once", async () => {
    render(<App mode="file" />);
    const button = screen.getByRole("button", { name: "English" });
    await act(async () => {
      fireEvent.focus(button);
    });
    fireEvent.click(button);
    // no waiting: the same tick as the press
    expect(screen.getByRole("tablist", { name: "Tasks" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });
});
