import Foundation

/// Every ISO 3166-1 alpha-2 code with its English and Spanish names and the other names a press
/// page uses for it ("USA", "EE.UU.", "República Dominicana"). Names come from the iso-codes
/// database (English, and its Spanish translation), shortened to the forms newspapers use.
public enum CountryGazetteer {
    public struct Entry: Sendable, Equatable {
        public let code: String
        public let name: String
        public let nameEs: String
        /// Other ways of writing it: official names, abbreviations, older or informal names.
        public let variants: [String]

        init(_ code: String, _ name: String, _ nameEs: String, _ variants: [String] = []) {
            self.code = code
            self.name = name
            self.nameEs = nameEs
            self.variants = variants
        }

        public var names: [String] { [name, nameEs] + variants }
    }

    public static func entry(code: String) -> Entry? { index[code] }

    /// True for a code ISO 3166-1 assigns to a country or territory.
    public static func isAssigned(_ code: String) -> Bool { index[code] != nil }

    /// The codes of every country `text` names, in the order of their first mention. Longer names
    /// win ("Papua New Guinea" is not Guinea), and names inside other places do not count
    /// ("New Mexico" is not Mexico), but a capital named after its country does ("Guatemala City").
    public static func codes(in text: String) -> [String] {
        var found: [String] = []
        for code in mentions(in: text) where !found.contains(code) { found.append(code) }
        return found
    }

    /// Every mention, in order, repeats included.
    static func mentions(in text: String) -> [String] {
        let tokens = GazetteerWord.tokens(text)
        let words = tokens.map(\.word)
        var result: [String] = []
        var position = 0
        while position < words.count {
            if let match = longestPhrase(in: words, at: position) {
                // "US$ 2 million" is a currency.
                let isCurrency = match.length == 1 && tokens[position].separator.hasPrefix("$")
                if let code = match.code, !isCurrency, !isPersonName(tokens, at: position, length: match.length),
                   !namesAPlace(tokens, before: position) {
                    result.append(code)
                }
                position += match.length
            } else {
                position += 1
            }
        }
        return result
    }

    /// True when `word` names a country but is also a first name ("Chad Whitaker", "Mauricio
    /// Funes"): it names a person when a surname follows it.
    public static func isGivenName(_ word: String) -> Bool {
        givenNames.contains(GazetteerWord.split(word).first ?? "")
    }

    /// A country's name used as a person's: a given name followed by a capitalized word in the same
    /// phrase (no comma between), or any country name after an honorific ("Mr. Jordan").
    private static func isPersonName(_ tokens: [GazetteerWord.Token], at position: Int, length: Int) -> Bool {
        if position > 0, honorifics.contains(tokens[position - 1].word.lowercased()) { return true }
        guard length == 1, givenNames.contains(tokens[position].word) else { return false }
        let end = position + 1
        guard end < tokens.count, tokens[position].spaceAfter, let first = tokens[end].word.first, first.isUppercase else { return false }
        // "Chad and Niger", "Jordan, Lebanon": a country follows, not a surname.
        return longestPhrase(in: tokens.map(\.word), at: end)?.code == nil && !connectors.contains(tokens[end].word.lowercased())
    }

    /// "avenida Perú", "plaza Italia", "Hotel Guatemala", "Colegio México": a street, square or
    /// building named after a country is not the country.
    private static func namesAPlace(_ tokens: [GazetteerWord.Token], before position: Int) -> Bool {
        guard position > 0, tokens[position - 1].spaceAfter else { return false }
        return placeWords.contains(TextFolding.fold(tokens[position - 1].word))
    }

    private static let placeWords: Set<String> = [
        "avenida", "av", "calle", "plaza", "paseo", "boulevard", "bulevar", "colonia", "barrio", "parque", "hotel",
        "colegio", "escuela", "hospital", "estadio", "avenue", "street", "square", "park", "school", "stadium",
    ]

    private static func longestPhrase(in words: [String], at position: Int) -> Phrase? {
        guard let candidates = phrases[words[position]] else { return nil }
        return candidates.first { phrase in
            position + phrase.words.count <= words.count
                && zip(phrase.words, words[position...]).allSatisfy { $0 == $1 }
        }
    }

    /// A run of words naming a country, or (code nil) a place that only contains a country's name.
    private struct Phrase {
        let words: [String]
        let code: String?
        var length: Int { words.count }
    }

    /// Places and words that contain a country's name without meaning it, with the country they
    /// are in when that is certain ("Atlanta, Georgia" is in the United States, not in Georgia).
    private static let otherPlaces: [(name: String, code: String?)] = [
        ("New Mexico", nil), ("Nuevo México", nil), ("New Jersey", nil), ("New South Wales", nil),
        ("Gulf of Mexico", nil), ("Golfo de México", nil), ("Niger Delta", nil), ("Delta del Níger", nil),
        // Spanish names of countries that are also towns of the region, or common words.
        ("Granada", nil), ("Santa Elena", nil), ("San Martín", nil),
        // Towns of Guatemala named after a saint that is also a country's Spanish name.
        ("Santa Lucía Cotzumalguapa", "GT"), ("Santa Lucía Utatlán", "GT"), ("Santa Lucía Milpas Altas", "GT"),
        // "Reunión" is a meeting, "Guadalupe" a name and a shrine: only the island's full name counts.
        ("Reunión", nil), ("Guadalupe", nil), ("Virgen de Guadalupe", nil),
        // The American state, named with a city of it or as a state.
        ("Atlanta, Georgia", "US"), ("Savannah, Georgia", "US"), ("Augusta, Georgia", "US"), ("Athens, Georgia", "US"),
        ("Macon, Georgia", "US"), ("Columbus, Georgia", "US"), ("Albany, Georgia", "US"), ("Dalton, Georgia", "US"),
        ("Gainesville, Georgia", "US"), ("state of Georgia", "US"), ("State of Georgia", "US"), ("Georgia State", "US"),
        ("estado de Georgia", "US"), ("Georgia, USA", "US"), ("Georgia, U.S.", "US"), ("Georgia, EE.UU.", "US"),
    ]

    /// Country names that are also first names in the region's languages.
    private static let givenNames: Set<String> = ["Chad", "Jordan", "Georgia", "Israel", "India", "Mauricio", "Montserrat", "Guadalupe", "Dominica", "Kenya"]
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sr", "sra", "srta", "don", "dona", "senor", "senora", "doctor", "doctora"]
    private static let connectors: Set<String> = ["and", "y", "or", "o", "e", "de", "del", "of", "the", "la", "el"]

    private static let index: [String: Entry] = Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// Phrases by their first word, longest first; a place that only contains a country's name
    /// wins over the country's own phrase of the same words.
    private static let phrases: [String: [Phrase]] = {
        let others = otherPlaces.map { Phrase(words: GazetteerWord.split($0.name), code: $0.code) }
        let otherWords = Set(others.map(\.words))
        var all = others
        for entry in entries {
            for name in entry.names {
                let words = GazetteerWord.split(name)
                if !otherWords.contains(words) { all.append(Phrase(words: words, code: entry.code)) }
            }
        }
        var byFirst: [String: [Phrase]] = [:]
        for phrase in all where !phrase.words.isEmpty {
            byFirst[phrase.words[0], default: []].append(phrase)
        }
        // A stable sort keeps the other places ahead of a country's phrase of the same length.
        return byFirst.mapValues { phrases in
            phrases.enumerated().sorted { ($0.element.length, -$0.offset) > ($1.element.length, -$1.offset) }.map(\.element)
        }
    }()

    public static let entries: [Entry] = [
        .init("AD", "Andorra", "Andorra", ["Principality of Andorra"]),
        .init("AE", "United Arab Emirates", "Emiratos Árabes Unidos", ["UAE"]),
        .init("AF", "Afghanistan", "Afganistán", ["Islamic Republic of Afghanistan"]),
        .init("AG", "Antigua and Barbuda", "Antigua y Barbuda", ["Antigua & Barbuda"]),
        .init("AI", "Anguilla", "Anguila"),
        .init("AL", "Albania", "Albania", ["Republic of Albania"]),
        .init("AM", "Armenia", "Armenia", ["Republic of Armenia"]),
        .init("AO", "Angola", "Angola", ["Republic of Angola"]),
        .init("AQ", "Antarctica", "Antártida"),
        .init("AR", "Argentina", "Argentina", ["Argentine Republic"]),
        .init("AS", "American Samoa", "Samoa Estadounidense"),
        .init("AT", "Austria", "Austria", ["Republic of Austria"]),
        .init("AU", "Australia", "Australia"),
        .init("AW", "Aruba", "Aruba"),
        .init("AX", "Åland Islands", "Islas Åland"),
        .init("AZ", "Azerbaijan", "Azerbaiyán", ["Republic of Azerbaijan"]),
        .init("BA", "Bosnia and Herzegovina", "Bosnia y Herzegovina", ["Republic of Bosnia and Herzegovina", "Bosnia"]),
        .init("BB", "Barbados", "Barbados"),
        .init("BD", "Bangladesh", "Bangladés", ["People's Republic of Bangladesh"]),
        .init("BE", "Belgium", "Bélgica", ["Kingdom of Belgium"]),
        .init("BF", "Burkina Faso", "Burquina Faso"),
        .init("BG", "Bulgaria", "Bulgaria", ["Republic of Bulgaria"]),
        .init("BH", "Bahrain", "Baréin", ["Kingdom of Bahrain"]),
        .init("BI", "Burundi", "Burundi", ["Republic of Burundi"]),
        .init("BJ", "Benin", "Benín", ["Republic of Benin"]),
        .init("BL", "Saint Barthélemy", "San Bartolomé"),
        .init("BM", "Bermuda", "Islas Bermudas", ["Bermudas"]),
        .init("BN", "Brunei", "Brunei Darussalam"),
        .init("BO", "Bolivia", "Bolivia", ["Plurinational State of Bolivia"]),
        .init("BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, San Eustaquio y Saba"),
        .init("BR", "Brazil", "Brasil", ["Federative Republic of Brazil"]),
        .init("BS", "Bahamas", "Bahamas", ["Commonwealth of the Bahamas", "The Bahamas", "Las Bahamas"]),
        .init("BT", "Bhutan", "Bután", ["Kingdom of Bhutan"]),
        .init("BV", "Bouvet Island", "Isla Bouvet"),
        .init("BW", "Botswana", "Botsuana", ["Republic of Botswana"]),
        .init("BY", "Belarus", "Bielorrusia", ["Republic of Belarus"]),
        .init("BZ", "Belize", "Belice"),
        .init("CA", "Canada", "Canadá"),
        .init("CC", "Cocos (Keeling) Islands", "Islas Cocos", ["Cocos"]),
        .init("CD", "Democratic Republic of the Congo", "República Democrática del Congo", ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "RD Congo"]),
        .init("CF", "Central African Republic", "República Centroafricana"),
        .init("CG", "Republic of the Congo", "República del Congo", ["Congo", "Congo-Brazzaville", "Republic of Congo"]),
        .init("CH", "Switzerland", "Suiza", ["Swiss Confederation"]),
        .init("CI", "Côte d'Ivoire", "Costa de Marfil", ["Republic of Côte d'Ivoire", "Costa de Marfíl", "Ivory Coast", "Cote d'Ivoire"]),
        .init("CK", "Cook Islands", "Islas Cook"),
        .init("CL", "Chile", "Chile", ["Republic of Chile"]),
        .init("CM", "Cameroon", "Camerún", ["Republic of Cameroon"]),
        .init("CN", "China", "China", ["People's Republic of China"]),
        .init("CO", "Colombia", "Colombia", ["Republic of Colombia"]),
        .init("CR", "Costa Rica", "Costa Rica", ["Republic of Costa Rica"]),
        .init("CU", "Cuba", "Cuba", ["Republic of Cuba"]),
        .init("CV", "Cabo Verde", "Cabo Verde", ["Republic of Cabo Verde", "Cape Verde"]),
        .init("CW", "Curaçao", "Curazao"),
        .init("CX", "Christmas Island", "Isla de Navidad"),
        .init("CY", "Cyprus", "Chipre", ["Republic of Cyprus"]),
        .init("CZ", "Czechia", "Chequia", ["Czech Republic", "República Checa"]),
        .init("DE", "Germany", "Alemania", ["Federal Republic of Germany"]),
        .init("DJ", "Djibouti", "Yibuti", ["Republic of Djibouti"]),
        .init("DK", "Denmark", "Dinamarca", ["Kingdom of Denmark"]),
        .init("DM", "Dominica", "Dominica", ["Commonwealth of Dominica"]),
        .init("DO", "Dominican Republic", "República Dominicana", ["Dominican Rep."]),
        .init("DZ", "Algeria", "Algeria", ["People's Democratic Republic of Algeria"]),
        .init("EC", "Ecuador", "Ecuador", ["Republic of Ecuador"]),
        .init("EE", "Estonia", "Estonia", ["Republic of Estonia"]),
        .init("EG", "Egypt", "Egipto", ["Arab Republic of Egypt"]),
        .init("EH", "Western Sahara", "Sahara Occidental"),
        .init("ER", "Eritrea", "Eritrea", ["the State of Eritrea"]),
        .init("ES", "Spain", "España", ["Kingdom of Spain"]),
        .init("ET", "Ethiopia", "Etiopía", ["Federal Democratic Republic of Ethiopia"]),
        .init("FI", "Finland", "Finlandia", ["Republic of Finland"]),
        .init("FJ", "Fiji", "Fiyi", ["Republic of Fiji"]),
        .init("FK", "Falkland Islands", "Islas Malvinas", ["Malvinas", "Falklands"]),
        .init("FM", "Micronesia", "Micronesia", ["Federated States of Micronesia"]),
        .init("FO", "Faroe Islands", "Islas Feroe"),
        .init("FR", "France", "Francia", ["French Republic"]),
        .init("GA", "Gabon", "Gabón", ["Gabonese Republic"]),
        .init("GB", "United Kingdom", "Reino Unido", ["United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Gran Bretaña", "Inglaterra"]),
        .init("GD", "Grenada", "Granada"),
        .init("GE", "Georgia", "Georgia"),
        .init("GF", "French Guiana", "Guayana Francesa"),
        .init("GG", "Guernsey", "Guernsey"),
        .init("GH", "Ghana", "Ghana", ["Republic of Ghana"]),
        .init("GI", "Gibraltar", "Gibraltar"),
        .init("GL", "Greenland", "Groenlandia"),
        .init("GM", "Gambia", "Gambia", ["Republic of the Gambia", "The Gambia"]),
        .init("GN", "Guinea", "Guinea", ["Republic of Guinea"]),
        .init("GP", "Guadeloupe", "Guadalupe"),
        .init("GQ", "Equatorial Guinea", "Guinea Ecuatorial", ["Republic of Equatorial Guinea"]),
        .init("GR", "Greece", "Grecia", ["Hellenic Republic"]),
        .init("GS", "South Georgia and the South Sandwich Islands", "Islas Georgias del Sur y Sándwich del Sur"),
        .init("GT", "Guatemala", "Guatemala", ["Republic of Guatemala"]),
        .init("GU", "Guam", "Guam"),
        .init("GW", "Guinea-Bissau", "Guinea-Bisáu", ["Republic of Guinea-Bissau"]),
        .init("GY", "Guyana", "Guyana", ["Republic of Guyana"]),
        .init("HK", "Hong Kong", "Hong Kong", ["Hong Kong Special Administrative Region of China"]),
        .init("HM", "Heard Island and McDonald Islands", "Islas Heard y McDonald"),
        .init("HN", "Honduras", "Honduras", ["Republic of Honduras"]),
        .init("HR", "Croatia", "Croacia", ["Republic of Croatia"]),
        .init("HT", "Haiti", "Haití", ["Republic of Haiti"]),
        .init("HU", "Hungary", "Hungría"),
        .init("ID", "Indonesia", "Indonesia", ["Republic of Indonesia"]),
        .init("IE", "Ireland", "Irlanda"),
        .init("IL", "Israel", "Israel", ["State of Israel"]),
        .init("IM", "Isle of Man", "Isla de Man"),
        .init("IN", "India", "India", ["Republic of India"]),
        .init("IO", "British Indian Ocean Territory", "Territorio Británico del Océano Índico"),
        .init("IQ", "Iraq", "Irak", ["Republic of Iraq"]),
        .init("IR", "Iran", "Irán", ["Islamic Republic of Iran"]),
        .init("IS", "Iceland", "Islandia", ["Republic of Iceland"]),
        .init("IT", "Italy", "Italia", ["Italian Republic"]),
        .init("JE", "Jersey", "Jersey"),
        .init("JM", "Jamaica", "Jamaica"),
        .init("JO", "Jordan", "Jordania", ["Hashemite Kingdom of Jordan"]),
        .init("JP", "Japan", "Japón"),
        .init("KE", "Kenya", "Kenia", ["Republic of Kenya"]),
        .init("KG", "Kyrgyzstan", "Kirguistán", ["Kyrgyz Republic"]),
        .init("KH", "Cambodia", "Camboya", ["Kingdom of Cambodia"]),
        .init("KI", "Kiribati", "Kiribati", ["Republic of Kiribati"]),
        .init("KM", "Comoros", "Comoras", ["Union of the Comoros"]),
        .init("KN", "Saint Kitts and Nevis", "San Cristóbal y Nieves", ["Saint Kitts & Nevis", "St. Kitts and Nevis"]),
        .init("KP", "North Korea", "Corea del Norte", ["Democratic People's Republic of Korea"]),
        .init("KR", "South Korea", "Corea del Sur", ["Republic of Korea"]),
        .init("KW", "Kuwait", "Kuwait", ["State of Kuwait"]),
        .init("KY", "Cayman Islands", "Islas Caimán"),
        .init("KZ", "Kazakhstan", "Kazajistán", ["Republic of Kazakhstan"]),
        .init("LA", "Laos", "Laos", ["Lao People's Democratic Republic", "República Democrática Popular de Lao", "Lao PDR"]),
        .init("LB", "Lebanon", "Líbano", ["Lebanese Republic"]),
        .init("LC", "Saint Lucia", "Santa Lucía", ["St. Lucia"]),
        .init("LI", "Liechtenstein", "Liechtenstein", ["Principality of Liechtenstein"]),
        .init("LK", "Sri Lanka", "Sri Lanka", ["Democratic Socialist Republic of Sri Lanka"]),
        .init("LR", "Liberia", "Liberia", ["Republic of Liberia"]),
        .init("LS", "Lesotho", "Lesoto", ["Kingdom of Lesotho"]),
        .init("LT", "Lithuania", "Lituania", ["Republic of Lithuania"]),
        .init("LU", "Luxembourg", "Luxemburgo", ["Grand Duchy of Luxembourg"]),
        .init("LV", "Latvia", "Letonia", ["Republic of Latvia"]),
        .init("LY", "Libya", "Libia"),
        .init("MA", "Morocco", "Marruecos", ["Kingdom of Morocco"]),
        .init("MC", "Monaco", "Mónaco", ["Principality of Monaco"]),
        .init("MD", "Moldova", "Moldavia", ["Republic of Moldova"]),
        .init("ME", "Montenegro", "Montenegro"),
        .init("MF", "Saint Martin", "San Martín"),
        .init("MG", "Madagascar", "Madagascar", ["Republic of Madagascar"]),
        .init("MH", "Marshall Islands", "Islas Marshall", ["Republic of the Marshall Islands"]),
        .init("MK", "North Macedonia", "Macedonia del Norte", ["Republic of North Macedonia", "Macedonia"]),
        .init("ML", "Mali", "Malí", ["Republic of Mali"]),
        .init("MM", "Myanmar", "Birmania", ["Republic of Myanmar", "Burma"]),
        .init("MN", "Mongolia", "Mongolia"),
        .init("MO", "Macao", "Macao", ["Macao Special Administrative Region of China"]),
        .init("MP", "Northern Mariana Islands", "Islas Marianas del Norte", ["Commonwealth of the Northern Mariana Islands"]),
        .init("MQ", "Martinique", "Martinica"),
        .init("MR", "Mauritania", "Mauritania", ["Islamic Republic of Mauritania"]),
        .init("MS", "Montserrat", "Montserrat"),
        .init("MT", "Malta", "Malta", ["Republic of Malta"]),
        .init("MU", "Mauritius", "Mauricio", ["Republic of Mauritius"]),
        .init("MV", "Maldives", "Islas Maldivas", ["Republic of Maldives"]),
        .init("MW", "Malawi", "Malaui", ["Republic of Malawi"]),
        .init("MX", "Mexico", "México", ["United Mexican States", "Méjico", "Estados Unidos Mexicanos"]),
        .init("MY", "Malaysia", "Malasia"),
        .init("MZ", "Mozambique", "Mozambique", ["Republic of Mozambique"]),
        .init("NA", "Namibia", "Namibia", ["Republic of Namibia"]),
        .init("NC", "New Caledonia", "Nueva Caledonia"),
        .init("NE", "Niger", "Niger", ["Republic of the Niger"]),
        .init("NF", "Norfolk Island", "Isla Norfolk"),
        .init("NG", "Nigeria", "Nigeria", ["Federal Republic of Nigeria"]),
        .init("NI", "Nicaragua", "Nicaragua", ["Republic of Nicaragua"]),
        .init("NL", "Netherlands", "Países Bajos", ["Kingdom of the Netherlands", "Holland", "Holanda"]),
        .init("NO", "Norway", "Noruega", ["Kingdom of Norway"]),
        .init("NP", "Nepal", "Nepal", ["Federal Democratic Republic of Nepal"]),
        .init("NR", "Nauru", "Nauru", ["Republic of Nauru"]),
        .init("NU", "Niue", "Niue"),
        .init("NZ", "New Zealand", "Nueva Zelanda"),
        .init("OM", "Oman", "Omán", ["Sultanate of Oman"]),
        .init("PA", "Panama", "Panamá", ["Republic of Panama"]),
        .init("PE", "Peru", "Perú", ["Republic of Peru"]),
        .init("PF", "French Polynesia", "Polinesia Francesa"),
        .init("PG", "Papua New Guinea", "Papúa Nueva Guinea", ["Independent State of Papua New Guinea"]),
        .init("PH", "Philippines", "Filipinas", ["Republic of the Philippines"]),
        .init("PK", "Pakistan", "Pakistán", ["Islamic Republic of Pakistan"]),
        .init("PL", "Poland", "Polonia", ["Republic of Poland"]),
        .init("PM", "Saint Pierre and Miquelon", "San Pedro y Miquelon"),
        .init("PN", "Pitcairn", "Pitcairn"),
        .init("PR", "Puerto Rico", "Puerto Rico"),
        .init("PS", "Palestine", "Palestina", ["the State of Palestine", "State of Palestine", "Palestinian Territories"]),
        .init("PT", "Portugal", "Portugal", ["Portuguese Republic"]),
        .init("PW", "Palau", "Palaos", ["Republic of Palau"]),
        .init("PY", "Paraguay", "Paraguay", ["Republic of Paraguay"]),
        .init("QA", "Qatar", "Catar", ["State of Qatar"]),
        .init("RE", "Réunion", "Reunión", ["Reunion Island", "Réunion Island", "Isla de la Reunión", "Île de la Réunion"]),
        .init("RO", "Romania", "Rumanía"),
        .init("RS", "Serbia", "Serbia", ["Republic of Serbia"]),
        .init("RU", "Russia", "Rusia", ["Russian Federation", "Federación Rusa", "Federación de Rusia"]),
        .init("RW", "Rwanda", "Ruanda", ["Rwandese Republic"]),
        .init("SA", "Saudi Arabia", "Arabia Saudí", ["Kingdom of Saudi Arabia"]),
        .init("SB", "Solomon Islands", "Islas Salomón"),
        .init("SC", "Seychelles", "Seychelles", ["Republic of Seychelles"]),
        .init("SD", "Sudan", "Sudán", ["Republic of the Sudan"]),
        .init("SE", "Sweden", "Suecia", ["Kingdom of Sweden"]),
        .init("SG", "Singapore", "Singapur", ["Republic of Singapore"]),
        .init("SH", "Saint Helena", "Santa Elena"),
        .init("SI", "Slovenia", "Eslovenia", ["Republic of Slovenia"]),
        .init("SJ", "Svalbard and Jan Mayen", "Svalbard y Jan Mayen"),
        .init("SK", "Slovakia", "Eslovaquia", ["Slovak Republic"]),
        .init("SL", "Sierra Leone", "Sierra Leona", ["Republic of Sierra Leone"]),
        .init("SM", "San Marino", "San Marino", ["Republic of San Marino"]),
        .init("SN", "Senegal", "Senegal", ["Republic of Senegal"]),
        .init("SO", "Somalia", "Somalia", ["Federal Republic of Somalia"]),
        .init("SR", "Suriname", "Surinám", ["Republic of Suriname"]),
        .init("SS", "South Sudan", "Sudán del Sur", ["Republic of South Sudan"]),
        .init("ST", "Sao Tome and Principe", "Santo Tomé y Príncipe", ["Democratic Republic of Sao Tome and Principe"]),
        .init("SV", "El Salvador", "El Salvador", ["Republic of El Salvador"]),
        .init("SX", "Sint Maarten", "Sint Maarten"),
        .init("SY", "Syria", "Siria", ["Syrian Arab Republic", "República árabe de Siria", "República Árabe Siria"]),
        .init("SZ", "Eswatini", "Esuatini", ["Kingdom of Eswatini", "Swaziland", "Suazilandia"]),
        .init("TC", "Turks and Caicos Islands", "Islas Turcas y Caicos"),
        .init("TD", "Chad", "Chad", ["Republic of Chad"]),
        .init("TF", "French Southern Territories", "Territorios Franceses del Sur"),
        .init("TG", "Togo", "Togo", ["Togolese Republic"]),
        .init("TH", "Thailand", "Tailandia", ["Kingdom of Thailand"]),
        .init("TJ", "Tajikistan", "Tayikistán", ["Republic of Tajikistan"]),
        .init("TK", "Tokelau", "Tokelau"),
        .init("TL", "Timor-Leste", "Timor Oriental", ["Democratic Republic of Timor-Leste", "East Timor"]),
        .init("TM", "Turkmenistan", "Turkmenistán"),
        .init("TN", "Tunisia", "Tunez", ["Republic of Tunisia"]),
        .init("TO", "Tonga", "Tonga", ["Kingdom of Tonga"]),
        .init("TR", "Türkiye", "Turquía", ["Republic of Türkiye", "Turkey", "Turquia"]),
        .init("TT", "Trinidad and Tobago", "Trinidad y Tobago", ["Republic of Trinidad and Tobago", "Trinidad & Tobago"]),
        .init("TV", "Tuvalu", "Tuvalu"),
        .init("TW", "Taiwan", "Taiwán"),
        .init("TZ", "Tanzania", "Tanzania", ["United Republic of Tanzania"]),
        .init("UA", "Ukraine", "Ucrania"),
        .init("UG", "Uganda", "Uganda", ["Republic of Uganda"]),
        .init("UM", "United States Minor Outlying Islands", "Islas Ultramarinas Menores de Estados Unidos"),
        .init("US", "United States", "Estados Unidos", ["United States of America", "USA", "U.S.A.", "U.S.", "US", "Estados Unidos de América", "EE.UU.", "EE. UU.", "EEUU", "EUA"]),
        .init("UY", "Uruguay", "Uruguay", ["Eastern Republic of Uruguay"]),
        .init("UZ", "Uzbekistan", "Uzbekistán", ["Republic of Uzbekistan"]),
        .init("VA", "Holy See", "Santa Sede", ["Vatican", "Vatican City", "Vaticano"]),
        .init("VC", "Saint Vincent and the Grenadines", "San Vicente y las Granadinas", ["St. Vincent and the Grenadines"]),
        .init("VE", "Venezuela", "Venezuela", ["Bolivarian Republic of Venezuela"]),
        .init("VG", "British Virgin Islands", "Islas Vírgenes Británicas"),
        .init("VI", "United States Virgin Islands", "Islas Vírgenes de los Estados Unidos", ["Virgin Islands of the United States"]),
        .init("VN", "Viet Nam", "Vietnam", ["Socialist Republic of Viet Nam"]),
        .init("VU", "Vanuatu", "Vanuatu", ["Republic of Vanuatu"]),
        .init("WF", "Wallis and Futuna", "Wallis y Futuna"),
        .init("WS", "Samoa", "Samoa", ["Independent State of Samoa"]),
        .init("YE", "Yemen", "Yemen", ["Republic of Yemen"]),
        .init("YT", "Mayotte", "Mayotte"),
        .init("ZA", "South Africa", "Sudáfrica", ["Republic of South Africa"]),
        .init("ZM", "Zambia", "Zambia", ["Republic of Zambia"]),
        .init("ZW", "Zimbabwe", "Zimbabue", ["Republic of Zimbabwe"]),
    ]
}

/// Splits text into the words the gazetteer compares: runs of letters and digits, accents
/// removed, case kept (a country's name is capitalized; "turkey" and "chad" are not countries).
enum GazetteerWord {
    struct Token {
        let word: String
        /// What separates it from the next word ("" for the last).
        let separator: String
        /// Only spaces separate it from the next word (no comma, full stop or line of its own).
        var spaceAfter: Bool { !separator.isEmpty && separator.allSatisfy { $0 == " " } }
    }

    static func split(_ text: String) -> [String] {
        tokens(text).map(\.word)
    }

    static func tokens(_ text: String) -> [Token] {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var tokens: [Token] = []
        var word = ""
        var separator = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                if word.isEmpty, !separator.isEmpty, let last = tokens.popLast() {
                    tokens.append(Token(word: last.word, separator: separator))
                }
                if word.isEmpty { separator = "" }
                word.append(character)
            } else {
                if !word.isEmpty {
                    tokens.append(Token(word: word, separator: ""))
                    word = ""
                }
                separator.append(character)
            }
        }
        if !word.isEmpty { tokens.append(Token(word: word, separator: "")) }
        return tokens
    }
}
