"""The parties to a cooperation: foreign partners (`partners`: found or created from a
name; `partner_admin`: the `partners` command; `coordinates`) and the local
governments with their leaders (`governments`, `leader_admin`)."""
