"""`import`: the choice of path (`run`), the row path (`rowwise`) and the set-wise path
(`setwise`, with `values`, `governors`, `indexes` and the inserting thread `writer_thread`),
documents in the seed shape (`document`), the merge of updates (`merge`) and what an import
reports (`result`). ARCHITECTURE.md says which path is taken when."""
