import { finding } from "../../src/domain/findings";

describe("finding", () => {
  it("takes each code's own params: a missing, misspelt or mistyped param, or none where some are needed, does not compile", () => {
    const made = [
      // @ts-expect-error ERR_COPY_RELABELLED names the unit whose token the copy carries
      finding("ERR_COPY_RELABELLED", { file: "u1.xlsx", claimed: "U02" }),
      // @ts-expect-error a misspelt key ("maximum" for "max")
      finding("ERR_ABOVE_MAX", { value: 9, maximum: 8 }),
      // @ts-expect-error a number where the sheet's name belongs
      finding("ERR_UNIT_NAME", { sheet: 1, cell: "A2", expected: "UBND thành phố Huế", found: "UBND huyện A Lưới" }),
      // @ts-expect-error a code with params given none
      finding("ERR_LAYOUT"),
      // @ts-expect-error a changed cell since the seal names both values
      finding("ERR_SEALED_CHANGED", { sheet: "UBND thành phố Huế", cell: "E6", by: "Nguyễn Văn A", at: "2023-12-05T08:30:00Z" }),
      // @ts-expect-error a layout finding at a cell says what was expected there and what was found
      finding("ERR_LAYOUT", { sheet: "UBND thành phố Huế", cell: "B10" }),
      // a code without params needs none
      finding("ERR_NOT_SEALED"),
    ];
    expect(made.map((f) => [f.code, f.severity])).toEqual([
      ["ERR_COPY_RELABELLED", "error"],
      ["ERR_ABOVE_MAX", "error"],
      ["ERR_UNIT_NAME", "error"],
      ["ERR_LAYOUT", "error"],
      ["ERR_SEALED_CHANGED", "error"],
      ["ERR_LAYOUT", "error"],
      ["ERR_NOT_SEALED", "error"],
    ]);
  });
});
