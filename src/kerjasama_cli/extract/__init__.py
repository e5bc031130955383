"""`extract`: draft records from a news article, offline, ready to review and import.

Pipeline: text.clean (page furniture out) -> meta.read_meta (publication, date) ->
sentences -> mentions.SentenceReader (partners, types, dates, people, sectors per sentence) ->
assemble.cluster (mentions into records) -> drafts.build -> output (YAML with the source
sentence of every field, or JSON).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from kerjasama_cli.extract.abstain import abstain
from kerjasama_cli.extract.acting import acting_partners, local_test
from kerjasama_cli.extract.article_passes import (
    bracketed_regions,
    drop_addresses,
    lone_dates_to_their_sentence,
    multilateral_members,
    regions_as_addresses,
    restore_venues,
    towns_before_their_region,
)
from kerjasama_cli.extract.assemble import Draft, cluster
from kerjasama_cli.extract.background import plurals_are_no_partners
from kerjasama_cli.extract.bases import ties_on_an_loi
from kerjasama_cli.extract.country_passes import (
    countries_as_partners,
    drop_covered_countries,
    nationalities,
    settle_countries,
    told_from_abroad,
)
from kerjasama_cli.extract.dates import article_years
from kerjasama_cli.extract.drafts import build, local_evidence, local_party, others_only
from kerjasama_cli.extract.envoy_cities import calls_for_a_city, cities_at_a_call
from kerjasama_cli.extract.envoy_lists import listed_calls_share_the_day, listed_envoys
from kerjasama_cli.extract.envoys import calls_are_meetings, envoys_call
from kerjasama_cli.extract.existing_ties import sister_story_ties
from kerjasama_cli.extract.headlines import headline_signs
from kerjasama_cli.extract.lists import (
    items_take_the_list_tie,
    join_list_sentences,
    quotes,
    tie_items,
)
from kerjasama_cli.extract.mentions import SentenceReader
from kerjasama_cli.extract.meta import Meta, read_meta
from kerjasama_cli.extract.one_day import the_one_day
from kerjasama_cli.extract.one_event import (
    explored_at_a_call,
    one_event_per_partner,
)
from kerjasama_cli.extract.parties import PartyFinder
from kerjasama_cli.extract.partner_kinds import (
    company_homes,
    heads_of_longer_names,
    no_events_with_bodies,
)
from kerjasama_cli.extract.partner_side import (
    not_our_own_side,
    our_side_of_the_document,
    page_subject,
    signing_lines,
    the_page_owner_acts,
    the_partners_own_voice,
    ties_listed_abroad,
)
from kerjasama_cli.extract.people_passes import (
    nicknames_are_people,
    past_heads_are_no_partners,
    seats_that_are_names,
    speakers_are_people,
)
from kerjasama_cli.extract.places import Gazetteer, KnownPartner
from kerjasama_cli.extract.received import received_states, state_visits
from kerjasama_cli.extract.record_types import titled_signings
from kerjasama_cli.extract.renewals import planned_renewals
from kerjasama_cli.extract.sector_passes import (
    headline_sectors,
    one_event_s_fields,
    sectors_to_the_news,
    unheld_sectors,
)
from kerjasama_cli.extract.sentences import Sentence, sentences
from kerjasama_cli.extract.short_names import full_names
from kerjasama_cli.extract.signatories import signatories_only_on_signings
from kerjasama_cli.extract.since_ties import (
    documents_before_the_partner,
    listed_since,
    listed_since_records,
    renewed_documents,
    tie_told_existing,
    ties_since,
)
from kerjasama_cli.extract.sister_lists import partners_own_sisters
from kerjasama_cli.extract.stages import calls_that_explore, headline_explores
from kerjasama_cli.extract.text import clean
from kerjasama_cli.extract.tie_pairs import (
    fellow_partners,
    foreign_twins,
    listed_pairs,
    no_foreign_twins,
    pair_records,
)
from kerjasama_cli.extract.tie_sides import partner_hits, sides_of_the_tie
from kerjasama_cli.geo.names import normalise

__all__ = ["Draft", "Extraction", "KnownPartner", "extract"]


@dataclass
class Extraction:
    """The drafts of one article and what the article says about itself."""

    name: str
    meta: Meta
    drafts: list[Draft]
    # Drafts left out whole for their evidence (abstain.py), shown to the reviewer as such.
    left_out: list[Draft] = field(default_factory=list)


def extract(
    text: str,
    *,
    name: str = "<article>",
    published: dt.date | None = None,
    home: str = "DKI Jakarta",
    known: list[KnownPartner] | None = None,
    leaders: dict[str, list[str]] | None = None,
    governments: dict[str, str] | None = None,
    title: str | None = None,
    publication: str | None = None,
) -> Extraction:
    """Draft the records an article reports.

    published overrides the date the text shows; known are the registry's partners (matched by
    name and alias); leaders maps the home government's leaders' names to their aliases;
    governments maps the registry's local governments' names and aliases to their names;
    title and publication are what the file itself says (a page's <title>, its site name): the
    title wins over the text's guess, the publication fills in where the text names none.
    """
    article = clean(text)
    meta = read_meta(article, published)
    if title or publication:
        meta = replace(meta, title=title or meta.title, publication=meta.publication or publication)
    if meta.dateline:  # "TEMPO.CO, Bandung -" names the newsroom's city, not a party
        article.paragraphs[0] = article.paragraphs[0][meta.dateline :].strip()
    gazetteer = Gazetteer.build(home, known or [])
    leader_index: dict[str, str] = {}
    for full, aliases in (leaders or {}).items():
        for alias in (full, *aliases):
            leader_index.setdefault(normalise(alias), full)
    parties = PartyFinder(gazetteer.resolve, home, governments or {})
    reader = SentenceReader(gazetteer, meta.published, leader_index, parties)
    if meta.published is None:
        reader.years = article_years(article.paragraphs)
    read = join_list_sentences(sentences(article.paragraphs))
    items = tie_items(read)
    reader.neighbours(read)
    all_facts = [reader.read(s, s.index in items) for s in read]
    items_take_the_list_tie(all_facts, items)
    restore_venues(all_facts)
    plurals_are_no_partners(all_facts)
    lone_dates_to_their_sentence(all_facts)
    regions_as_addresses(all_facts)
    towns_before_their_region(all_facts)
    bracketed_regions(all_facts)
    nicknames_are_people(all_facts)
    seats_that_are_names(all_facts)
    past_heads_are_no_partners(all_facts)  # "the late former Seoul Mayor": no record of Seoul
    speakers_are_people(all_facts)
    drop_addresses(all_facts)
    multilateral_members(all_facts)
    nationalities(all_facts)
    settle_countries(all_facts)
    full_names(all_facts)
    the_partners_own_voice(all_facts)  # "we ... with Los Angeles,” said ... of Berlin"
    company_homes(all_facts)  # "the Perth company X": the company's, no partner
    heads_of_longer_names(all_facts)  # "Pemerintah Daerah Hang Tuah Jaya" is no Hang
    # read before a local party is chosen: each pair has its own (tie_pairs.py)
    pairs = listed_pairs(all_facts, home, parties.canonical)
    fellow_partners(all_facts, home, parties.canonical)  # the partner's own ties, ours among them
    twinned = foreign_twins(all_facts)  # "Islamabad as the sister city of Minsk": theirs
    partners_own_sisters(all_facts)  # "Velaria's sister cities: ...", ours only if listed
    since = listed_since(all_facts, home, parties.canonical)  # each tie with its own year
    listed = ties_listed_abroad(all_facts, gazetteer.resolve, parties.canonical, article.title)
    if listed is not None:  # a foreign government's own list of its sister cities
        return Extraction(name, meta, _quoted(listed, read))
    told_from_abroad(all_facts)
    signing_lines(all_facts, article.title)
    # a partner's page: our side as its document names it (partner_side.py)
    local = our_side_of_the_document(all_facts, parties.canonical, home)
    local = local or local_party(all_facts, home, parties.canonical)
    if local is None:  # a foreign government's page about its tie with one of ours
        subject = page_subject(all_facts, gazetteer.resolve, article.title)
        local = parties.canonical(subject) if subject else None
    if local is None:
        # No Indonesian government named at all ("Ningxia seeks a sister city in Indonesia"):
        # nothing here is a record of this registry; the drafts would only guess whose it is.
        return Extraction(name, meta, pair_records([], pairs))
    hits = partner_hits(all_facts)  # before another government's sentences drop
    if local != home:
        others_only(all_facts, local, home, parties.canonical)
    the_page_owner_acts(all_facts, gazetteer.resolve, article.title)
    countries_as_partners(all_facts)
    drop_covered_countries(all_facts)
    # A place is a partner only where its government acts (acting.py); "home" is the local
    # party when the local party is the home government.
    is_local = local_test(local, home, parties.canonical)
    acting_partners(all_facts, is_local)
    envoys = envoys_call(all_facts)  # "Norway's new ambassador to Indonesia ... paid a call"
    listed = listed_envoys(all_facts)  # "duta besar dari ... seperti Arab Saudi, Qatar, ..."
    titled_signings(all_facts, article.title)
    # no partner left at all: a foreign state received, a town of it whose head calls
    received = received_states(all_facts, is_local, gazetteer.resolve)
    clusters = cluster(all_facts, meta.published, local_is_home=local == home)
    the_one_day(clusters, all_facts)  # one record, undated, and one day told
    drafts = [build(c, home, local, meta.published, parties.canonical, all_facts) for c in clusters]
    sectors_to_the_news(drafts, meta.published)
    headline_sectors(drafts, article.title)
    unheld_sectors(drafts, all_facts)
    one_event_s_fields(drafts, all_facts)
    ties_on_an_loi(drafts, all_facts)
    drafts = planned_renewals(explored_at_a_call(one_event_per_partner(drafts)), all_facts)
    drafts = sister_story_ties(calls_that_explore(drafts), article.title)
    drafts = headline_signs(headline_explores(drafts, article.title), article.title)
    # a tie told as existing since a year, a document a renewal renews: records of their own
    drafts = renewed_documents(ties_since(drafts, all_facts), all_facts, meta.published)
    drafts = listed_since_records(tie_told_existing(drafts, all_facts), since, local)
    drafts = documents_before_the_partner(drafts, all_facts)
    drafts = not_our_own_side(no_events_with_bodies(drafts))
    # Last: only a signed document has signatories (a visit's people lent theirs above).
    drafts = signatories_only_on_signings(drafts)
    calls_are_meetings(drafts, envoys | listed)
    state_visits(drafts, received)  # a state's minister received: a visit that explores
    listed_calls_share_the_day(drafts, listed)
    drafts = calls_for_a_city(drafts, all_facts)  # an envoy proposing a city: its meeting
    cities_at_a_call(drafts, all_facts)  # ... and where the call drafted no country meeting
    drafts = pair_records(drafts, pairs)  # a list of background ties, each pair its own
    drafts = no_foreign_twins(drafts, twinned)
    # "antara G dan P": a tie's own side, where the article names it
    sides_of_the_tie(
        drafts, all_facts, local, hits, parties.canonical, (governments or {}).values()
    )
    # Precision first: values (and records) whose evidence is of a distrusted kind go out.
    drafts, left_out = abstain(drafts, all_facts, meta.published)
    where = local_evidence(all_facts, local, parties.canonical)
    # Proposed as a new government when the registry (given) does not know it.
    new = (
        bool(governments)
        and bool(local)
        and local != home
        and local not in set((governments or {}).values())
    )
    for draft in drafts:
        if where:
            draft.evidence.setdefault("local_party", where)
        draft.local_new = new
    return Extraction(name, meta, _quoted(drafts, read), _quoted(left_out, read))


def _quoted(drafts: list[Draft], read: list[Sentence]) -> list[Draft]:
    """The drafts with their evidence quoted as the article writes it, not as joined to read."""
    as_written = quotes(read)
    for draft in drafts:
        draft.evidence = {k: as_written.get(v, v) for k, v in draft.evidence.items()}
    return drafts
