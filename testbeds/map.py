"""A schematic map of the catalogue's testbeds, drawn on the server as inline SVG: no tiles, no
script, no request to anyone else. It draws no coastline or border (we do not invent geography):
a frame of latitude and longitude lines (a graticule), the town centres of Piteå and Skellefteå
as reference points, and each testbed with coordinates as a link to its page. The list of
testbeds beside the map is its text alternative.

The projection is equirectangular, with longitude scaled by the cosine of the frame's middle
latitude, so that distances look right at these latitudes (a degree of longitude is about 0.42
of a degree of latitude at 65° N)."""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import get_format
from django.utils.translation import gettext, gettext_lazy

WIDTH = 640
PADDING = 36  # room for the graticule labels
LATITUDE_STEP = Decimal("0.25")
LONGITUDE_STEP = Decimal("0.5")
MARGIN_DEGREES = Decimal("0.1")


@dataclass(frozen=True)
class ReferencePoint:
    name: str
    latitude: Decimal
    longitude: Decimal


REFERENCE_POINTS = [
    ReferencePoint(gettext_lazy("Piteå town centre"), Decimal("65.317"), Decimal("21.480")),
    ReferencePoint(gettext_lazy("Skellefteå town centre"), Decimal("64.750"), Decimal("20.950")),
]


@dataclass
class MapPoint:
    x: float
    y: float
    label: str
    url: str = ""

    @property
    def square(self) -> tuple[float, float]:
        """The top left corner of a reference point's 10-pixel square."""
        return round(self.x - 5, 1), round(self.y - 5, 1)


@dataclass
class GridLine:
    position: float
    label: str


@dataclass
class SchematicMap:
    width: int
    height: int
    points: list[MapPoint]
    references: list[MapPoint]
    parallels: list[GridLine]  # horizontal lines (latitude)
    meridians: list[GridLine]  # vertical lines (longitude)
    frame: tuple[float, float, float, float]  # left, top, right, bottom of the graticule

    @property
    def frame_size(self) -> tuple[float, float]:
        left, top, right, bottom = self.frame
        return round(right - left, 1), round(bottom - top, 1)


def _floor(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).to_integral_value(rounding="ROUND_FLOOR") * step


def _ceil(value: Decimal, step: Decimal) -> Decimal:
    return (value / step).to_integral_value(rounding="ROUND_CEILING") * step


def _steps(start: Decimal, stop: Decimal, step: Decimal) -> list[Decimal]:
    values = []
    value = start
    while value <= stop:
        values.append(value)
        value += step
    return values


def degrees_text(value: Decimal) -> str:
    """65.25 as "65.25" in English and "65,25" in Swedish."""
    return f"{value.normalize():f}".replace(".", get_format("DECIMAL_SEPARATOR"))


def latitude_label(value: Decimal) -> str:
    return gettext("%(degrees)s° N") % {"degrees": degrees_text(value)}


def longitude_label(value: Decimal) -> str:
    return gettext("%(degrees)s° E") % {"degrees": degrees_text(value)}


def schematic_map(entries) -> SchematicMap | None:
    """The map of `entries`: (page, url) pairs; those without coordinates are left out. None when
    no entry has coordinates."""
    located = [
        (page, url)
        for page, url in entries
        if page.latitude is not None and page.longitude is not None
    ]
    if not located:
        return None
    latitudes = [Decimal(page.latitude) for page, _url in located]
    latitudes += [point.latitude for point in REFERENCE_POINTS]
    longitudes = [Decimal(page.longitude) for page, _url in located]
    longitudes += [point.longitude for point in REFERENCE_POINTS]
    south = _floor(min(latitudes) - MARGIN_DEGREES, LATITUDE_STEP)
    north = _ceil(max(latitudes) + MARGIN_DEGREES, LATITUDE_STEP)
    west = _floor(min(longitudes) - MARGIN_DEGREES, LONGITUDE_STEP)
    east = _ceil(max(longitudes) + MARGIN_DEGREES, LONGITUDE_STEP)

    x_scale = math.cos(math.radians(float(south + north) / 2))
    inner_width = WIDTH - 2 * PADDING
    per_degree = inner_width / (float(east - west) * x_scale)
    inner_height = float(north - south) * per_degree
    height = round(inner_height + 2 * PADDING)

    def project(latitude, longitude) -> tuple[float, float]:
        x = PADDING + float(Decimal(longitude) - west) * x_scale * per_degree
        y = PADDING + float(north - Decimal(latitude)) * per_degree
        return round(x, 1), round(y, 1)

    points = [
        MapPoint(*project(page.latitude, page.longitude), page.title, url) for page, url in located
    ]
    references = [
        MapPoint(*project(point.latitude, point.longitude), str(point.name))
        for point in REFERENCE_POINTS
    ]
    parallels = [
        GridLine(project(latitude, west)[1], latitude_label(latitude))
        for latitude in _steps(south, north, LATITUDE_STEP)
    ]
    meridians = [
        GridLine(project(north, longitude)[0], longitude_label(longitude))
        for longitude in _steps(west, east, LONGITUDE_STEP)
    ]
    return SchematicMap(
        width=WIDTH,
        height=height,
        points=points,
        references=references,
        parallels=parallels,
        meridians=meridians,
        frame=(PADDING, PADDING, round(PADDING + inner_width, 1), round(PADDING + inner_height, 1)),
    )
