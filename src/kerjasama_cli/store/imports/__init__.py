"""`import`: the choice of path (`run`), the row path (`rowwise`, writing through
`row_batches` with `governors` and the inserting thread `writer_thread`) and the set-wise path
(`setwise`, its SQL in `setwise_sql`, with `values` and `indexes`), documents in the seed shape
(`document`), the merge of updates (`merge`), the parent agreements rows name (`chains`) and
what an import reports (`result`).
ARCHITECTURE.md says which path is taken when."""
