/** The closing "what next" section of the result page, in one language (from next-steps.yaml). */
export interface LocalNextSteps {
	heading: string;
	intro: string;
	steps: { id: string; title: string; text: string; links: { label: string; url: string }[] }[];
}
