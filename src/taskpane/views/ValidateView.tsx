import { ViewIntro } from "./ViewIntro";

export function ValidateView(_props: { active: boolean }) {
  return <ViewIntro title="view.validate.title" intro="view.validate.intro" placeholder />;
}
