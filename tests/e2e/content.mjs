// The shipped questionnaire, read from content/ so that the journeys' counts follow the
// content instead of being written again in each test.
import { readFileSync } from "node:fs";

const questionnaire = JSON.parse(readFileSync(new URL("../../content/questionnaire.json", import.meta.url)));

/** The screens of the hands-on checks' offer in a journey (1, when the content has checks). */
export const checksOffer = questionnaire.checks ? 1 : 0;

/** The hands-on checks offered, in order. */
export const checks = questionnaire.checks?.list ?? [];

/** The most skill questions one journey asks. */
export const skillBudget = questionnaire.skill_budget;

/** The number of skill items of `area`, of one `level` ("basic", "advanced") or all. */
export function itemCount(area, level) {
  return questionnaire.items.filter((i) => i.area === area && (!level || i.level === level)).length;
}
