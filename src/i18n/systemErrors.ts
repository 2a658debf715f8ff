import type { Lang } from "./types";

/** What the file system said, in words, and what to do about it; never a bare ENOENT. */
export interface SystemErrorWords {
  readonly what: string;
  readonly todo: string;
}

type Words = Record<string, (path: string) => SystemErrorWords>;

const vi: Words = {
  ENOENT: (p) => ({ what: `không có tệp hoặc thư mục nào ở ${p}`, todo: "Kiểm tra tên tệp và thư mục (gõ đúng chữ hoa, dấu), hoặc ghi đường dẫn đầy đủ." }),
  EACCES: (p) => ({ what: `không có quyền truy cập ${p}`, todo: "Xin quyền đọc/ghi tệp hoặc chép tệp vào một thư mục của bạn rồi làm lại." }),
  EPERM: (p) => ({ what: `hệ thống không cho phép thao tác trên ${p}`, todo: "Đóng chương trình đang mở tệp (Excel…), kiểm tra quyền của thư mục rồi làm lại." }),
  EISDIR: (p) => ({ what: `${p} là một thư mục, không phải tệp`, todo: "Ghi tên tệp bên trong thư mục đó (ví dụ …/so-cham-diem.xlsx)." }),
  ENOTDIR: (p) => ({ what: `một phần của đường dẫn ${p} là tệp chứ không phải thư mục`, todo: "Kiểm tra lại đường dẫn." }),
  EBUSY: (p) => ({ what: `${p} đang bị chương trình khác giữ`, todo: "Đóng tệp trong Excel hoặc chương trình khác rồi làm lại." }),
  ENOSPC: (p) => ({ what: `ổ đĩa chứa ${p} đã đầy`, todo: "Giải phóng chỗ trống trên ổ đĩa hoặc ghi vào ổ khác." }),
  EROFS: (p) => ({ what: `${p} nằm trên ổ đĩa chỉ đọc`, todo: "Ghi vào một thư mục khác." }),
  EMFILE: (p) => ({ what: `máy đang mở quá nhiều tệp nên không mở được ${p}`, todo: "Đóng bớt chương trình rồi làm lại." }),
  ENAMETOOLONG: (p) => ({ what: `đường dẫn ${p} quá dài`, todo: "Đặt tệp vào một thư mục có đường dẫn ngắn hơn." }),
};

const en: Words = {
  ENOENT: (p) => ({ what: `there is no file or folder at ${p}`, todo: "Check the file and folder names (capitals and accents too), or give the full path." }),
  EACCES: (p) => ({ what: `you have no permission to use ${p}`, todo: "Ask for read/write permission, or copy the file into a folder of yours and try again." }),
  EPERM: (p) => ({ what: `the system does not allow this on ${p}`, todo: "Close any program holding the file (Excel…), check the folder's permissions and try again." }),
  EISDIR: (p) => ({ what: `${p} is a folder, not a file`, todo: "Give the name of a file inside it (e.g. …/scores.xlsx)." }),
  ENOTDIR: (p) => ({ what: `part of the path ${p} is a file, not a folder`, todo: "Check the path." }),
  EBUSY: (p) => ({ what: `${p} is held by another program`, todo: "Close it in Excel or the other program and try again." }),
  ENOSPC: (p) => ({ what: `the disk holding ${p} is full`, todo: "Free some space or write to another disk." }),
  EROFS: (p) => ({ what: `${p} is on a read-only disk`, todo: "Write into another folder." }),
  EMFILE: (p) => ({ what: `too many files are open to open ${p}`, todo: "Close some programs and try again." }),
  ENAMETOOLONG: (p) => ({ what: `the path ${p} is too long`, todo: "Move the file to a folder with a shorter path." }),
};

const WORDS: Record<Lang, Words> = { vi, en };

/** `code` is a Node error code (ENOENT…) or, for anything else, the error's own message. */
export function systemError(code: string, path: string, lang: Lang): SystemErrorWords {
  const known = WORDS[lang][code];
  if (known) return known(path);
  return lang === "vi"
    ? { what: `hệ thống báo lỗi khi dùng ${path} (${code})`, todo: "Kiểm tra đường dẫn và quyền truy cập tệp rồi làm lại." }
    : { what: `the system reported a problem with ${path} (${code})`, todo: "Check the path and the file's permissions and try again." };
}
