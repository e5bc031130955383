"""The bundled seed: `data/seed.yaml`, shipped inside the wheel, loaded into new databases."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from kerjasama_cli.domain.dataset import parse_dataset
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Dataset
from kerjasama_cli.files.yamlfile import read_yaml
from kerjasama_cli.store.database.connection import Store
from kerjasama_cli.store.records.applying import apply_dataset


def seed_path() -> Path:
    """The packaged copy in a wheel; the repository's `data/seed.yaml` in a source checkout."""
    packaged = Path(__file__).parent / "data" / "seed.yaml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "seed.yaml"


def load_seed() -> Dataset:
    """The bundled dataset, validated."""
    return _load_seed()[0]


def _load_seed() -> tuple[Dataset, list[Any]]:
    """The bundled dataset and its evidence of stages (issue 22), validated."""
    from kerjasama_cli.domain.stages import parse_evidence_items

    path = seed_path()
    try:
        data = read_yaml(path)
        return parse_dataset(data), parse_evidence_items(data.get("evidence"))
    except ValidationError as error:
        where = f"{path}: {error.location}" if error.location else str(path)
        raise error.at(where) from None


def apply_seed(store: Store) -> Counter[str]:
    """Load the bundled seed into `store` in one transaction."""
    from kerjasama_cli.store.dossier.stages import apply_evidence
    from kerjasama_cli.store.safety import history

    dataset, evidence = _load_seed()
    with history.command("seed"), store.transaction() as conn:
        counts = apply_dataset(conn, dataset)
        apply_evidence(conn, evidence)
        return counts


def home_dataset(home: str | None = None, home_country: str | None = None) -> Dataset:
    """What `init --empty` starts from: the seed's home government and its leaders, or, for
    `--home NAME` naming another government, that government alone (its leaders come later)."""
    from kerjasama_cli.domain.dataset import country_code
    from kerjasama_cli.domain.keys import slugify
    from kerjasama_cli.domain.limits import check_given
    from kerjasama_cli.domain.records import LocalGovernment

    check_given("--home", home)  # `--home ''` made a home government with no name
    check_given("--home-country", home_country)
    seed = load_seed()
    bundled = seed.home_government
    country = country_code(home_country, "--home-country")
    names = {n.casefold() for n in bundled.names()} if bundled else set()
    if home is None or home.strip().casefold() in names:
        if country is not None and bundled is not None and country != bundled.country:
            raise ValidationError(
                "--home-country", home_country, "is not the country of {name}", name=bundled.name
            )
        return Dataset(
            home_party=seed.home_party,
            home_country=seed.home_country,
            home_government=bundled,
            leaders=seed.leaders,
        )
    name = " ".join(home.split())
    if country is None:
        raise ValidationError("--home", name, "is a new home government: give --home-country CC")
    government = LocalGovernment(key=slugify(name, country), name=name, country=country)
    return Dataset(home_party=name, home_country=country, home_government=government)


def apply_home(store: Store, dataset: Dataset) -> Counter[str]:
    """Write `home_dataset`'s government and leaders in one transaction."""
    from kerjasama_cli.store.safety import history

    with history.command("init"), store.transaction() as conn:
        return apply_dataset(conn, dataset)
