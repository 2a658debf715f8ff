/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fixtureFile } from "../support/fixture";
import { fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

/**
 * The fixture's scores with a reason for U01's bloc score of C01 (7 → 6,75), and U02's C01 verified at 6 (bloc
 * 6,5) with a blank note: fixtureBytes gives every later-stage row without a note a reason, but blank is no reason.
 */
function reasonedScores(): string {
  return fixtureFile("scores.csv").replace("U01,C01,bloc,6.75,", "U01,C01,bloc,6.75,Thiếu minh chứng tỷ lệ giải ngân") + "U02,C01,verified,6, \n";
}

describe("RankView: explanations", () => {
  it("says, per unit, each changed score with its stage, old → new and the reason, and tells a missing reason once", async () => {
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes({ scores: reasonedScores() }));
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await waitFor(() => expect(screen.getByRole("table")).toBeTruthy(), SLOW);
    const list = screen.getByRole("list", { name: "Điểm được điều chỉnh và tiêu chí không áp dụng" });
    const hue = within(list).getByText("UBND thành phố Huế:").closest("li")!;
    const lines = within(hue).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines[0]).toBe("C01: khối chấm 7 → 6,75 — lý do: “Thiếu minh chứng tỷ lệ giải ngân”");
    expect(lines).toContain("C04: khối chấm 5,75 → 5,25 — lý do: “Theo biên bản họp khối”");
    const huongThuy = within(list).getByText("UBND thị xã Hương Thủy:").closest("li")!;
    expect(within(huongThuy).getAllByRole("listitem").map((li) => li.textContent)).toContain("C01: thẩm định 6,5 → 6 — chưa ghi lý do");
    // the notes below don't repeat the missing reasons the explanations already tell
    const notes = screen.queryByRole("list", { name: "Giải thích" });
    if (notes) expect(within(notes).queryByText(/chưa ghi lý do/)).toBeNull();
  });
});
