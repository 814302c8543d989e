import { commitmentFlags, NO_DATE_AGREED, type Report } from "../core";
import { commitmentAge, commitmentTasks, commitmentWhen, type CommitmentTask } from "../core/viewmodel/commitments";
import { INDENT, group, heading, printable, width, wrap, type Paint } from "./terminal";

/** The Commitments section of the text report: what I owe and what they owe, each in due order, with their flags. */

function commitmentLines({ item: c, people }: CommitmentTask, today: string, paint: Paint, lineWidth: number): string[] {
	const facts = [commitmentWhen(c, today), commitmentAge(c), c.carriedOver > 0 ? `carried over ${c.carriedOver}×` : ""].filter((f) => f !== "");
	const text = `${printable(people.join(", "))}: ${printable(c.text)} · ${facts.join(" · ")}`;
	const indent = INDENT;
	const lines = wrap(text, lineWidth - width(indent)).map((line) => indent + line);
	if (c.overdueDays > 0 && lines[0] !== undefined) lines[0] = paint(lines[0], "red");
	for (const flag of commitmentFlags(c).filter((f) => f !== NO_DATE_AGREED)) {
		lines.push(...wrap(`! ${printable(flag)}`, lineWidth - width(indent + INDENT)).map((line) => paint(indent + INDENT + line, "yellow")));
	}
	return lines;
}

/** commitmentSection lists the open commitments, "I owe" then "They owe"; none, nothing (the report reads as before). */
export function commitmentSection(report: Report, paint: Paint, lineWidth: number): string[] {
	if (report.commitments.length === 0) return [];
	const tasks = commitmentTasks(report.commitments);
	const lines = ["", ...heading(`Commitments (${tasks.length})`, paint)];
	for (const [owner, title] of [["me", "I owe"], ["them", "They owe"]] as const) {
		const own = tasks.filter((task) => task.item.owner === owner);
		if (own.length === 0) continue;
		lines.push(group(title, own.length, own.some((task) => task.item.overdueDays > 0) ? "red" : undefined, paint));
		for (const task of own) lines.push(...commitmentLines(task, report.today, paint, lineWidth));
	}
	return lines;
}
