/**
 * The search worker, replacing the search plugin's own
 * (@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js, 0.55.3; its hash is in
 * src/theme/upstream.ts). The search itself is upstream's, line for line. What differs is how the
 * index arrives: first the titles, keywords and, as far as they fit, descriptions and headings
 * (`.first.json`, about a tenth of the index), then the rest with the page text (`.rest.json`) in
 * the background; see ./split.ts and the trade-off in config/search.ts. Until the rest has arrived,
 * the dropdown shows what the first part finds; a search that finds nothing there, and the search
 * page (which asks for more results than the dropdown shows), wait for the rest. Upstream's
 * dictionary of Chinese words is not built: the site's languages do not need it.
 */
import * as Comlink from "comlink";
import lunr from "lunr";
import { searchIndexUrl, language, searchResultLimits } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants";
import { tokenize } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize";
import { smartQueries } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries";
import { SearchDocumentType } from "@easyops-cn/docusaurus-search-local/dist/client/shared/interfaces";
import { sortSearchResults } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults";
import { processTreeStatusOfSearchResults } from "@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults";

const cache = new Map();

export class SearchWorker {
  async fetchIndexes(baseUrl, searchContext) {
    await this.lowLevelFetchIndexes(baseUrl, searchContext);
  }

  lowLevelFetchIndexes(baseUrl, searchContext) {
    const cacheKey = `${baseUrl}${searchContext}`;
    let promise = cache.get(cacheKey);
    if (!promise) {
      promise = fetchInTwoSteps(baseUrl, searchContext);
      cache.set(cacheKey, promise);
    }
    return promise;
  }

  async search(baseUrl, searchContext, input, limit) {
    const rawTokens = tokenize(input, language);
    if (rawTokens.length === 0) {
      return [];
    }
    const loaded = await this.lowLevelFetchIndexes(baseUrl, searchContext);
    let results = searchIn(loaded.wrappedIndexes, rawTokens, limit);
    if (!loaded.complete && (results.length === 0 || limit > searchResultLimits)) {
      await loaded.rest;
      results = searchIn(loaded.wrappedIndexes, rawTokens, limit);
    }
    return results;
  }
}

/** Upstream's search loop over the loaded indexes, unchanged. */
function searchIn(wrappedIndexes, rawTokens, limit) {
  const queries = smartQueries(rawTokens, []);
  const results = [];
  search: for (const { term, tokens } of queries) {
    for (const { documents, index, type } of wrappedIndexes) {
      results.push(...index
        .query((query) => {
          for (const item of term) {
            query.term(item.value, {
              wildcard: item.wildcard,
              presence: item.presence,
              ...(item.editDistance ? { editDistance: item.editDistance } : null),
            });
          }
        })
        .slice(0, limit)
        // Remove duplicated results.
        .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
        .slice(0, limit - results.length)
        .map((result) => {
          const document = documents.find((doc) => doc.i.toString() === result.ref);
          return {
            document,
            type,
            page: type !== SearchDocumentType.Title && wrappedIndexes[0].documents.find((doc) => doc.i === document.p),
            metadata: result.matchData.metadata,
            tokens,
            score: result.score,
          };
        }));
      if (results.length >= limit) {
        break search;
      }
    }
  }
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  return results;
}

async function fetchInTwoSteps(baseUrl, searchContext) {
  const url = `${baseUrl}${searchIndexUrl.replace("{dir}", searchContext ? `-${searchContext.replace(/\//g, "-")}` : "")}`;
  // Catch potential attacks.
  const fullUrl = new URL(url, location.origin);
  if (fullUrl.origin !== location.origin) {
    throw new Error("Unexpected version url");
  }
  const load = async (part) => {
    const response = await fetch(url.replace(/\.json$/, `.${part}.json`));
    if (!response.ok) throw new Error(`search index ${part}: HTTP ${response.status}`);
    return (await response.json()).map(({ type, documents, index }) => ({ type, documents, index: lunr.Index.load(index) }));
  };
  const loaded = { wrappedIndexes: await load("first"), complete: false };
  loaded.rest = load("rest").then(
    (parts) => {
      // Upstream's order (titles, headings, descriptions, keywords, text): the search stops early in it.
      loaded.wrappedIndexes.push(...parts);
      loaded.wrappedIndexes.sort((a, b) => a.type - b.type);
      loaded.complete = true;
    },
    (error) => {
      // Offline without the precache, for instance: keep searching titles, headings and keywords.
      console.warn(`Search covers titles, headings and keywords only: ${error.message}`);
      loaded.complete = true;
    },
  );
  return loaded;
}

Comlink.expose(SearchWorker);
