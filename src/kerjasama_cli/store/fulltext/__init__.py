"""Full-text search: the FTS5 index as migrations made it (`schema`: m003, `index`: m007,
`external`: m010), keeping it current inside a write (`upkeep`), the index during a bulk
import (`bulk`) and the ranked search itself (`search`)."""
