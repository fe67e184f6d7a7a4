// people-page: one page of people ordered by name then id, starting after a (name, id) keyset position.
// Benchmark question "a people connection at page 1 and page 50", written by hand as one statement.
// @param afterName string? name of the last person of the previous page (none for page 1)
// @param afterId string? id of the last person of the previous page (none for page 1)
// @param first integer page size
MATCH (p:Person)
WHERE p.name IS NOT NULL
  AND ($afterName IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
RETURN p.id AS id, p.name AS name
ORDER BY p.name, p.id
LIMIT $first
