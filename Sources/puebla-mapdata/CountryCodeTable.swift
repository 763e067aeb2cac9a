/// ISO 3166-1 alpha-3 to alpha-2 for every country whose outline reaches the mapped region.
/// Natural Earth's file carries alpha-3 only; Data speaks alpha-2.
enum CountryCodeTable {
    static let alpha2: [String: String] = [
        "ARG": "AR", "BHS": "BS", "BLZ": "BZ", "BOL": "BO", "BRA": "BR", "CAN": "CA", "CHL": "CL",
        "COL": "CO", "CRI": "CR", "CUB": "CU", "DOM": "DO", "ECU": "EC", "FLK": "FK", "FRA": "FR",
        "GRL": "GL", "GTM": "GT", "GUY": "GY", "HND": "HN", "HTI": "HT", "JAM": "JM", "MEX": "MX",
        "NIC": "NI", "PAN": "PA", "PER": "PE", "PRI": "PR", "PRY": "PY", "RUS": "RU", "SLV": "SV",
        "SUR": "SR", "TTO": "TT", "URY": "UY", "USA": "US", "VEN": "VE",
    ]
}
