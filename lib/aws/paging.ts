/** Paging and batching AWS list/describe calls: one home, so every caller honours the limits the same way. */

/** Splits `items` into batches of at most `size` (DescribeServices takes 10, DescribeTasks 100, …). */
export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Follows `nextToken` until the last page, collecting what `itemsOf` takes from each page. */
export async function allPages<Page extends { nextToken?: string }, Item>(
  fetchPage: (nextToken: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  let nextToken: string | undefined;
  do {
    const page = await fetchPage(nextToken);
    items.push(...(itemsOf(page) ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}
