"""A plan or talk of a tie told at the call of the partner's envoy or posted office (issue 23,
i36a, from real23's Tabanan and Banyumas and real25's Makassar-Taipei).

The lead's convention makes an envoy's call on us a `meeting` with the envoy's country, the plan
talked of there folded into it. record_types.envoy_call reads the call in the record's own
sentences by the partner's own name. Two ways of telling it escaped:

- the call in the next sentence, which points back to the plan ("Pemkab Tabanan membuka diri
  untuk menjalin kerja sama dengan pemerintah Tiongkok ... Bupati mengatakan hal itu ketika
  menerima Konsulat Tiongkok", "Rencana itu terungkap dalam pertemuan ... dengan Direktur
  Jenderal Kantor Dagang dan Ekonomi Taipei", "The regent said this when she received the
  Consul General of Vietnam");
- the envoy named by another name of the partner country ("Republik Rakyat Tiongkok" and
  "berbincang dengan Konsulat Jenderal RRT"), matched by its country code.

A talk with anybody else of the partner's side (companies, a delegation) is no envoy's call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kerjasama_cli.extract.assemble import Cluster
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.travelled import AHEAD

# The sentence points back to what the one before it told: "Rencana itu", "mengatakan hal itu",
# "said this", "This plan".
_POINTS_BACK = re.compile(
    r"^(?:(?:Rencana|Gagasan|Keinginan|Tawaran|Hal) (?:itu|ini|tersebut)|This (?:plan|offer|idea)|"
    r"The plan)\b|"
    r"\b(?:mengatakan|menyampaikan|mengungkapkan|menegaskan|said|stated|conveyed|expressed) "
    r"(?:hal (?:itu|ini|tersebut)|this|that)\b|"
    r"\b(?:hal (?:itu|ini|tersebut)|this|that) (?:dikatakan|disampaikan|diungkapkan|"
    r"was (?:said|stated|conveyed))\b",
    re.I,
)
# The call, as the talk held or the envoy received: "ketika menerima", "dalam pertemuan",
# "berbincang dengan", "when she received", "talked with".
_CALL = re.compile(
    r"\b(?:menerima|bertemu|(?:ber)?jumpa dengan|pertemuan|berbincang|ngobrol|beraudiensi|"
    r"audiensi|receiv\w*|met|"
    r"meeting|talk(?:ed|s)? with|chatted with)\b",
    re.I,
)
# An envoy or an office posted here, right before the partner's name: "Konsulat Tiongkok",
# "Konsul Jenderal Vietnam", "Kantor Dagang dan Ekonomi Taipei", "the Consul General of Vietnam";
_ENVOY_BEFORE = re.compile(
    r"\b(?:Konsul(?:at)?|Konjen|Kedutaan|Kedubes|Duta\s+Besar|Dubes|Consul(?:ate)?|Embassy|"
    r"Ambassador|Kantor (?:Perwakilan )?Dagang|Trade Office|Economic and Trade Office|"
    # a head of state's envoy: "utusan khusus Presiden Republik Seychelles", "the Special Envoy
    # of the President of Seychelles"
    r"utusan khusus|special envoy)\b"
    # not our own mission in the partner's place ("Konsulat RI di Darwin")
    r"(?:(?!\b(?:RI|Indonesia|di|in|ke|to)\b)[^.;,]){0,30}$",
    re.I,
)


def _names_its_envoy(facts: Facts, cluster: Cluster) -> bool:
    """Whether the sentence tells a call with the envoy or posted office of the record's
    partner, named by the partner's name or by any name of its country."""
    text = facts.sentence.text
    if facts.planned_event or AHEAD.search(text) or not _CALL.search(text):
        return False
    partner = cluster.partner
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(partner.name)}\b", text)]
    if partner.kind == "country" and partner.country:
        starts += [at for code, _, at in facts.countries if code == partner.country]
    return any(_ENVOY_BEFORE.search(text[max(0, at - 60) : at]) for at in starts)


# An envoy along with a delegation of ours ("bersama Duta Besar Jepang") is not the one calling.
_ALONG = re.compile(
    r"\b(?:bersama|beserta|didampingi|mendampingi|along with|together with|accompanied by)\s+"
    r"(?:(?:the|a|an|oleh)\s+)?$",
    re.I,
)


def an_envoy_s_visit(cluster: Cluster) -> bool:
    """Whether the record's visit is told, in its own sentences, as the partner country's
    envoy's, named by any title in any case ("Duta besar Seychelles", "utusan khusus Presiden
    Republik Seychelles"): the envoy's call, a meeting."""
    if cluster.partner.kind != "country":
        return False
    for facts in [m.facts for m in cluster.mentions] + list(cluster.extra):
        text = facts.sentence.text
        starts = [at for code, _, at in facts.countries if code == cluster.partner.country]
        for at in starts:
            envoy = _ENVOY_BEFORE.search(text[max(0, at - 60) : at])
            if envoy and not _ALONG.search(text[max(0, at - 60) : at][: envoy.start()]):
                return True
    return False


def told_at_a_call(cluster: Cluster, article: Sequence[Facts] | None) -> bool:
    """Whether the record's plan or talk (`other`) is told at its partner's envoy's call: in a
    sentence of its own naming the envoy by any name of the country, or in the next sentence
    pointing back to it."""
    own = [m.facts for m in cluster.mentions] + list(cluster.extra)
    if any(_names_its_envoy(f, cluster) for f in own if not f.dropped):
        return True
    after = {m.facts.sentence.index + 1 for m in cluster.mentions}
    return any(
        _POINTS_BACK.search(f.sentence.text) and _names_its_envoy(f, cluster)
        for f in article or []
        if f.sentence.index in after
    )


__all__ = ["an_envoy_s_visit", "told_at_a_call"]
