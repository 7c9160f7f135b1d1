"""Cities, approaches, networks and the taxonomies that connect them."""

from .approaches import ApproachIndexPage, ApproachPage, ApproachPolicyArea, RelatedApproach
from .cities import CityIndexPage, CityNetworkMembership, CityPage
from .networks import NetworkIndexPage, NetworkPage
from .taxonomy import CountryContext, PolicyArea

__all__ = [
    "ApproachIndexPage",
    "ApproachPage",
    "ApproachPolicyArea",
    "CityIndexPage",
    "CityNetworkMembership",
    "CityPage",
    "CountryContext",
    "NetworkIndexPage",
    "NetworkPage",
    "PolicyArea",
    "RelatedApproach",
]
