import PueblaKit

/// Cities a release of the region is written from or about, with the country each is in: the
/// capitals of the Americas, the region's border and port towns, and the cities where migration
/// meetings are held. Names as pages write them, in English and Spanish; matched without accents.
enum CityGazetteer {
    /// The country of the city `name` is, when it is one of the table's.
    static func country(of name: String) -> String? {
        table[key(name)]
    }

    /// "US" when `name` is a state of the United States ("California", "Texas").
    static func usState(_ name: String) -> String? {
        usStates.contains(key(name)) ? "US" : nil
    }

    /// The country of a state, province, department or district of the region (Guanacaste,
    /// Chiapas, Chiriquí, Petén, Ontario), written after a city to say where it is: "Liberia,
    /// Guanacaste" is in Costa Rica. Names shared by two countries (Colón, La Paz) or with a
    /// country are left out.
    static func province(_ name: String) -> String? {
        provinces[key(name)]
    }

    private static let provinces: [String: String] = {
        var table: [String: String] = [:]
        for (code, names) in provinceNames {
            for name in names { table[key(name)] = code }
        }
        return table
    }()

    private static let provinceNames: [(String, [String])] = [
        ("MX", ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua", "Coahuila", "Colima",
                "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Estado de México", "Michoacán", "Morelos", "Nayarit",
                "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco",
                "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas"]),
        ("GT", ["Alta Verapaz", "Baja Verapaz", "Chimaltenango", "Chiquimula", "El Progreso", "Escuintla", "Huehuetenango", "Izabal",
                "Jalapa", "Jutiapa", "Petén", "Quetzaltenango", "Quiché", "El Quiché", "Retalhuleu", "Sacatepéquez", "San Marcos",
                "Sololá", "Suchitepéquez", "Totonicapán", "Zacapa"]),
        ("HN", ["Atlántida", "Choluteca", "Comayagua", "Copán", "Cortés", "El Paraíso", "Francisco Morazán", "Gracias a Dios",
                "Intibucá", "Islas de la Bahía", "Lempira", "Ocotepeque", "Olancho", "Santa Bárbara", "Yoro"]),
        ("SV", ["Ahuachapán", "Cabañas", "Chalatenango", "Cuscatlán", "La Libertad", "La Unión", "Morazán", "San Miguel", "San Vicente",
                "Santa Ana", "Sonsonate", "Usulután"]),
        ("NI", ["Boaco", "Carazo", "Chinandega", "Chontales", "Estelí", "Jinotega", "Madriz", "Managua", "Masaya", "Matagalpa",
                "Nueva Segovia", "Río San Juan", "Rivas", "RAAN", "RAAS", "Costa Caribe Norte", "Costa Caribe Sur"]),
        ("CR", ["Alajuela", "Cartago", "Guanacaste", "Heredia", "Limón", "Puntarenas"]),
        ("PA", ["Bocas del Toro", "Chiriquí", "Coclé", "Darién", "Herrera", "Los Santos", "Veraguas", "Panamá Oeste", "Guna Yala"]),
        ("BZ", ["Cayo", "Stann Creek", "Orange Walk"]),
        ("DO", ["La Altagracia", "Puerto Plata", "Dajabón", "Elías Piña", "Montecristi", "San Pedro de Macorís", "La Romana", "Barahona"]),
        ("CA", ["Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
                "Newfoundland and Labrador", "Prince Edward Island"]),
    ]

    private static let usStates: Set<String> = Set([
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "Carolina del Norte", "Carolina del Sur", "Nuevo México", "Luisiana", "Misisipi", "Pensilvania",
    ].map(key))

    private static func key(_ name: String) -> String {
        GazetteerWord.split(name).joined(separator: " ").lowercased()
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for (code, names) in cities {
            for name in names { table[key(name)] = code }
        }
        return table
    }()

    private static let cities: [(String, [String])] = [
        ("BZ", ["Belmopan", "Belize City", "Ciudad de Belice", "San Ignacio", "Corozal", "Dangriga", "Orange Walk", "Punta Gorda", "Benque Viejo", "Benque Viejo del Carmen"]),
        ("CA", ["Ottawa", "Toronto", "Montreal", "Montréal", "Vancouver", "Quebec City", "Ciudad de Quebec", "Calgary", "Winnipeg", "Halifax"]),
        ("CR", ["San José", "San Jose", "Alajuela", "Heredia", "Cartago", "Puntarenas", "Limón", "Puerto Limón", "Peñas Blancas",
                "Paso Canoas", "Upala", "Los Chiles", "Ciudad Quesada", "Golfito"]),
        ("DO", ["Santo Domingo", "Santiago de los Caballeros", "Puerto Plata", "Punta Cana", "Dajabón", "Jimaní", "La Romana",
                "San Pedro de Macorís", "Higüey", "Barahona"]),
        ("SV", ["San Salvador", "Santa Ana", "San Miguel", "La Unión", "Sonsonate", "Usulután", "Ahuachapán", "La Libertad"]),
        ("GT", ["Guatemala City", "Ciudad de Guatemala", "Quetzaltenango", "Xela", "Antigua Guatemala", "La Antigua Guatemala", "Santa Lucía Cotzumalguapa",
                "Tecún Umán", "Tecun Uman", "Huehuetenango", "Puerto Barrios", "Flores", "Cobán", "Escuintla", "Chiquimula",
                "Esquipulas", "Mazatenango", "Retalhuleu", "San Marcos", "Malacatán", "La Mesilla", "Santa Elena Petén"]),
        ("HN", ["Tegucigalpa", "San Pedro Sula", "Tela", "La Ceiba", "Choluteca", "Roatán", "Copán", "Copán Ruinas", "Comayagua",
                "Puerto Cortés", "Danlí", "Trujillo", "Ocotepeque", "Agua Caliente", "El Amatillo", "Guasaule"]),
        ("MX", ["Mexico City", "Ciudad de México", "Tapachula", "Tijuana", "Puebla", "Guadalajara", "Monterrey", "Cancún", "Cancun",
                "Oaxaca", "Veracruz", "Mérida", "Ciudad Juárez", "Acapulco", "Villahermosa", "Tuxtla Gutiérrez", "Reynosa",
                "Nuevo Laredo", "Matamoros", "Nogales", "Mexicali", "Chetumal", "Ciudad Hidalgo", "Comitán", "Tenosique",
                "San Cristóbal de las Casas", "Saltillo", "Hermosillo", "Querétaro", "Morelia", "Cuernavaca", "Toluca",
                "Ixtepec", "Arriaga", "Piedras Negras", "Ciudad Acuña", "Playa del Carmen", "Los Cabos"]),
        ("NI", ["Managua", "León", "Granada", "Chinandega", "Rivas", "Bluefields", "Matagalpa", "Estelí", "Masaya", "Puerto Cabezas",
                "Bilwi", "Somotillo", "El Guasaule", "San Carlos", "Jinotega"]),
        ("PA", ["Panama City", "Ciudad de Panamá", "Colón", "David", "Santiago de Veraguas", "Chitré", "Yaviza", "Metetí",
                "Bocas del Toro", "Puerto Obaldía", "La Palma"]),
        ("US", ["Washington", "Washington, D.C.", "Washington DC", "New York", "Nueva York", "Los Angeles", "Los Ángeles", "Miami",
                "Houston", "Atlanta", "Chicago", "San Diego", "El Paso", "San Antonio", "Phoenix", "Tucson", "Dallas",
                "Brownsville", "Laredo", "McAllen", "Boston", "San Francisco", "Denver", "Seattle", "Philadelphia", "Filadelfia"]),
        ("HT", ["Port-au-Prince", "Puerto Príncipe", "Cap-Haïtien", "Cabo Haitiano", "Ouanaminthe", "Jacmel", "Les Cayes", "Gonaïves"]),
        ("JM", ["Kingston", "Montego Bay"]),
        ("CU", ["Havana", "La Habana", "Santiago de Cuba"]),
        ("CO", ["Bogotá", "Bogota", "Cartagena", "Cartagena de Indias", "Medellín", "Cali", "Cúcuta", "Barranquilla", "Necoclí", "Turbo"]),
        ("EC", ["Quito", "Guayaquil", "Cuenca"]),
        ("PE", ["Lima", "Cusco", "Tumbes"]),
        ("VE", ["Caracas", "Maracaibo"]),
        ("BO", ["La Paz", "Sucre", "Santa Cruz de la Sierra"]),
        ("CL", ["Santiago de Chile", "Valparaíso"]),
        ("AR", ["Buenos Aires", "Córdoba", "Rosario"]),
        ("UY", ["Montevideo"]),
        ("PY", ["Asunción"]),
        ("BR", ["Brasília", "Brasilia", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Manaus"]),
        ("TT", ["Port of Spain", "Puerto España"]),
        ("BB", ["Bridgetown"]),
        ("BS", ["Nassau"]),
        ("PR", ["San Juan"]),
        ("GY", ["Georgetown"]),
        ("SR", ["Paramaribo"]),
        ("CH", ["Geneva", "Ginebra", "Genève", "Bern", "Berna"]),
        ("ES", ["Madrid", "Barcelona"]),
        ("BE", ["Brussels", "Bruselas"]),
        ("FR", ["Paris", "París"]),
        ("IT", ["Rome", "Roma"]),
        ("GB", ["London", "Londres"]),
        ("DE", ["Berlin", "Berlín"]),
        ("AT", ["Vienna", "Viena"]),
        ("NL", ["The Hague", "La Haya"]),
        // Border crossings and towns of the region releases are written from.
        ("GT", ["El Ceibo", "La Técnica", "Pedro de Alvarado", "Melchor de Mencos", "Livingston", "Jutiapa", "Zacapa",
                "Totonicapán", "Sololá", "Chimaltenango", "Mixco", "Villa Nueva", "Poptún", "Sayaxché"]),
        ("MX", ["Ciudad Cuauhtémoc", "Talismán", "Frontera Comalapa", "Huixtla", "Suchiate", "Palenque", "Coatzacoalcos",
                "Salina Cruz", "Juchitán", "San Luis Potosí", "Ojinaga", "Agua Prieta", "San Luis Río Colorado", "Ensenada",
                "Tecate", "Ciudad del Carmen", "Escárcega", "Apizaco", "Lechería", "Celaya", "Irapuato"]),
        ("HN", ["El Florido", "Choloma", "El Progreso", "Siguatepeque", "Juticalpa", "Santa Rosa de Copán",
                "Nueva Ocotepeque", "Omoa", "Puerto Lempira"]),
        ("SV", ["El Poy", "Anguiatú", "La Hachadura", "Las Chinamas", "Zacatecoluca", "Chalatenango", "Soyapango", "Santa Tecla",
                "San Vicente", "Acajutla"]),
        ("NI", ["San Juan del Sur", "Jinotepe", "Ocotal", "Somoto", "Juigalpa", "Boaco"]),
        ("CR", ["Nicoya", "Sixaola", "Pérez Zeledón", "Desamparados", "Ciudad Neily", "Tablillas"]),
        ("PA", ["Changuinola", "Almirante", "Guabito", "Puerto Armuelles", "Bajo Chiquito", "Lajas Blancas", "San Vicente de Metetí"]),
    ]
}
