/** Sorted lists kept sorted: the incremental report moves one stakeholder or follow-up at a time. */

/** lowerBound is the first index whose item does not sort before `item`. */
export function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compare(list[mid] as T, item) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** insertSorted puts an item into a sorted list at its place. */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	list.splice(lowerBound(list, item, compare), 0, item);
}

/** removeSorted removes an item found by its order (each order here is total), else by identity. */
export function removeSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	const at = lowerBound(list, item, compare);
	const index = list[at] === item ? at : list.indexOf(item);
	if (index >= 0) list.splice(index, 1);
}
