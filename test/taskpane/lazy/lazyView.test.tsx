/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyView } from "../../../src/taskpane/lazy/lazyView";
import { ViewBoundary } from "../../../src/taskpane/components/ViewBoundary";

function Hello({ who }: { who: string }) {
  return <p>hello {who}</p>;
}

describe("lazyView", () => {
  it("shows the fallback until the chunk arrives, then the view; once loaded it renders at once", async () => {
    let resolve!: (c: typeof Hello) => void;
    const view = lazyView(() => new Promise<typeof Hello>((r) => (resolve = r)));
    let unmount!: () => void;
    await act(async () => {
      ({ unmount } = render(
        <Suspense fallback={<p>loading</p>}>
          <view.View who="bloc" />
        </Suspense>,
      ));
    });
    expect(screen.getByText("loading")).toBeTruthy();
    await act(async () => resolve(Hello));
    expect(screen.getByText("hello bloc")).toBeTruthy();
    unmount();
    render(
      <Suspense fallback={<p>loading again</p>}>
        <view.View who="board" />
      </Suspense>,
    );
    expect(screen.getByText("hello board")).toBeTruthy();
  });

  it("tells a failed fetch in words and tries again when asked", async () => {
    let calls = 0;
    const view = lazyView(() => (++calls === 1 ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve(Hello)));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await act(async () => {
      render(
        <ViewBoundary>
          <Suspense fallback={<p>loading</p>}>
            <view.View who="again" />
          </Suspense>
        </ViewBoundary>,
      );
    });
    expect(screen.getByText(/Không tải được phần này của khung Thi đua \(ChunkLoadError\)/)).toBeTruthy();
    await act(async () => screen.getByRole("button", { name: "Thử lại" }).click());
    expect(screen.getByText("hello again")).toBeTruthy();
    expect(calls).toBe(2);
  });
});
