import type { Lang } from "./types";

/** Words written into a unit's own copy (`thidua split`) on top of the unit sheet's own labels. */
export interface UnitCopyLabels {
  /** replaces the unit sheet's hint line: what the unit fills in, and what it must not change */
  readonly hint: (stage: string) => string;
}

export const unitCopyLabels: Record<Lang, UnitCopyLabels> = {
  vi: {
    hint: (stage) =>
      `Bản chấm điểm riêng của đơn vị: nhập điểm vào cột "${stage}" (ô màu vàng), lưu rồi gửi lại tệp này cho Trưởng khối. Không đổi tên trang, không chèn hoặc xóa dòng, cột.`,
  },
  en: {
    hint: (stage) =>
      `The unit's own scoring copy: enter scores in the "${stage}" column (yellow cells), save, and send this file back to the bloc head. Do not rename the sheet or insert or delete rows or columns.`,
  },
};
