"""The parties to a cooperation: foreign partners (`partners`: found or created from a
name; `partner_admin`: the `partners` command; `coordinates`) and the local
governments with their leaders (`government_lookups`: found by name or alias;
`government_book`: the names a batch of writes resolves against; `governments`: created and
changed; `leader_admin`)."""
