import { normalizePath, type DataAdapter } from "obsidian";
import type { VaultConfig } from "../core/types";
import { isRecord } from "../core/unknown";

/** An empty config: what the plugin assumes until the vault's own files are read. */
export const NO_VAULT_CONFIG: VaultConfig = Object.freeze({ templateFolders: [], ignoreFilters: [] });

async function readJson(adapter: DataAdapter, path: string): Promise<Record<string, unknown> | null> {
	try {
		const value = JSON.parse(await adapter.read(normalizePath(path))) as unknown;
		return isRecord(value) ? value : null;
	} catch {
		// A missing or broken config file says nothing: Obsidian uses its defaults then too.
		return null;
	}
}

/**
 * readVaultConfig reads what the vault's config folder says, exactly as the CLI reads it: the
 * core Templates plugin's folder (`templates.json`), Templater's (`templates_folder`) and the
 * excluded files (`app.json`, `userIgnoreFilters`).
 */
export async function readVaultConfig(adapter: DataAdapter, configDir: string): Promise<VaultConfig> {
	const [core, templater, app] = await Promise.all([
		readJson(adapter, `${configDir}/templates.json`),
		readJson(adapter, `${configDir}/plugins/templater-obsidian/data.json`),
		readJson(adapter, `${configDir}/app.json`),
	]);
	const templateFolders = [core?.folder, templater?.templates_folder].filter((f): f is string => typeof f === "string" && f.trim() !== "");
	const filters = app?.userIgnoreFilters;
	const ignoreFilters = Array.isArray(filters) ? filters.filter((f): f is string => typeof f === "string") : [];
	return { templateFolders, ignoreFilters };
}

/** sameVaultConfig says whether two configs say the same. */
export function sameVaultConfig(a: VaultConfig, b: VaultConfig): boolean {
	const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
	return same(a.templateFolders, b.templateFolders) && same(a.ignoreFilters, b.ignoreFilters);
}
