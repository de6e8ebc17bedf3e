/** Axis labels and chart descriptions for per-topic scores, shared by every radar on the site. */
import type { ResultMessages } from '../i18n/sv-result';

/** A topic's score as charts show it. */
export interface ChartTopic {
	topic: string;
	percent: number | null;
	answered: number;
	total: number;
}

/** One axis label per topic: its percentage and how many answers it rests on, or that it has none. */
export function axisLabels(
	t: ResultMessages,
	topics: ChartTopic[],
	nameOf: Record<string, string>
): string[] {
	return topics.map((topic) =>
		topic.percent === null
			? t.result.axisNotAnswered(nameOf[topic.topic] ?? topic.topic)
			: t.result.axisLabel(
					nameOf[topic.topic] ?? topic.topic,
					topic.percent,
					topic.answered,
					topic.total
				)
	);
}

/** A text description of a radar, for screen readers. */
export function chartDescription(
	t: ResultMessages,
	topics: ChartTopic[],
	nameOf: Record<string, string>
): string {
	return t.result.chartDescription(
		topics
			.map(
				(topic) =>
					`${nameOf[topic.topic] ?? topic.topic}: ${topic.percent === null ? t.result.notAnswered : t.percent(topic.percent)}.`
			)
			.join(' ')
	);
}
