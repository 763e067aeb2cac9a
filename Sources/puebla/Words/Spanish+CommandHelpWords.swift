import PueblaKit

extension Spanish: CommandHelpWords {
    var rootAbstract: String { "Un navegador de terminal, sin conexión, para los comunicados de la OIM sobre la Conferencia Regional sobre Migración." }
    var rootDiscussion: String {
        """
        Si no se da ninguna orden, abre el navegador. Los datos se leen de --data DIR, si no de $PUEBLA_DATA, \
        si no de su biblioteca ($XDG_DATA_HOME/puebla/Data, por omisión ~/.local/share/puebla/Data) \
        cuando existe, si no de los datos incluidos con Puebla (<prefijo>/share/puebla/Data junto a \
        <prefijo>/bin/puebla, si no la carpeta Data con la que se compiló Puebla). import y edit \
        escriben en --data o $PUEBLA_DATA, si no en su biblioteca, que la primera de ellas crea \
        a partir de los datos incluidos. Cada orden escribe en el idioma que indica --lang en|es, \
        si no language en config.toml, si no el de la configuración regional (LC_ALL, \
        LC_MESSAGES, LANG); la salida --json es la misma en ambos.
        """
    }
    var dataHelp: String { "La carpeta Data que leer." }
    var countryHelp: String { "Solo lo que concierne a este país: un código ISO o un nombre en inglés o en español." }
    var jsonHelp: String { "Escribir JSON (las formas canónicas) en lugar de texto." }
    var languageHelp: String { "Escribir en este idioma: en o es (por omisión: language en config.toml, si no la configuración regional)." }
    var releaseLanguageHelp: String { "Solo los comunicados escritos en este idioma: en o es." }
    var browseAbstract: String { "Abrir el navegador de terminal (la orden por omisión)." }
    var noStateHelp: String { "No leer ni escribir el estado de lectura (leídos, marcadores, último lugar)." }
    var releasesAbstract: String { "Enumerar los comunicados, del más reciente al más antiguo." }
    var meetingHelp: String { "Solo los comunicados sobre esta reunión: su número en romanos (XV) o arábigos (15), o su id (rcm-15)." }
    var showAbstract: String { "Escribir un comunicado." }
    var releaseIDHelp: String { "El id del comunicado (véase `puebla releases`)." }
    var formatHelp: String { "text, markdown o json." }
    var showJSONHelp: String { "Escribir el JSON canónico del comunicado, como --format json." }
    var quotesAbstract: String { "Escribir las citas: quién dijo qué, con qué cargo, en qué comunicado." }
    var speakerHelp: String { "Solo las citas de oradores cuyo nombre contiene esto." }
    var timelineAbstract: String { "Las reuniones anuales de la conferencia, por número, y sus presidencias." }
    var chartHelp: String { "Dibujar los años como un gráfico: reuniones, sedes, presidencias y los comunicados de la biblioteca por año." }
    var chartWidthHelp: String { "Con --chart: columnas (por omisión: el ancho de la terminal, si no 80)." }
    var membersAbstract: String { "Estados miembros y países observadores." }
    var validateAbstract: String { "Comprobar cada archivo de Data; salir con 65 y cada problema enumerado si alguno está mal." }
    var searchAbstract: String { "Buscar comunicados, citas, reuniones y países que contengan todas las palabras dadas." }
    var searchDiscussion: String {
        """
        No importan las mayúsculas ni los acentos ("peru" encuentra "Perú"), y la última palabra \
        también coincide con el comienzo de palabras más largas ("tapa" encuentra "Tapachula"). \
        Primero van los comunicados cuyo título contiene todas las palabras, luego el resto, cada \
        grupo del más reciente al más antiguo; igual las citas por orador y las reuniones por lugar.
        """
    }
    var searchWordsHelp: String { "Las palabras que buscar." }
    var importAbstract: String { "Importar páginas de prensa (archivos o carpetas de ellos) a Data como comunicados." }
    var importDiscussion: String {
        """
        Cada página se convierte en Data/releases/<id>.json; los países que menciona y que Data \
        no tiene se añaden a countries.json. Una carpeta se importa entera, recursivamente. Una \
        página de la misma fuente que un comunicado de Data (la misma url de origen, o si no el \
        mismo nombre de archivo y el mismo artículo) ya está: --replace toma la versión de la \
        página, con el mismo id. Un artículo distinto cuyo id ya existe recibe un id numerado \
        (-2, -3, ...). Una página que no se puede importar se informa (salida 65; 66 si falta el \
        archivo) y las demás se importan igualmente. --dry-run lo predice todo exactamente.
        """
    }
    var importFilesHelp: String { "Páginas (texto, HTML, canales) o carpetas de ellas; - lee la entrada estándar." }
    var dryRunHelp: String { "Mostrar exactamente lo que se haría; no escribir nada." }
    var replaceHelp: String { "Reemplazar el comunicado de la misma fuente que una página por la versión de la página." }
    var editAbstract: String { "Corregir un comunicado en su editor." }
    var editDiscussion: String {
        """
        Abre una copia del archivo JSON del comunicado en $VISUAL, si no $EDITOR, si no vi. \
        Cuando el editor sale con 0 y el comunicado cambió, se comprueba como `puebla validate` \
        comprueba un comunicado (sintaxis, campos, reunión, países, párrafos de las citas, un id \
        y una fuente que ningún otro comunicado tenga); si hay un problema, se muestra cada uno en \
        su línea y columna y se pregunta si editar de nuevo (sin terminal en la entrada estándar: \
        salida 65). Un comunicado válido se escribe de forma atómica, en la forma canónica, en \
        --data, $PUEBLA_DATA o su biblioteca (creada a partir de los datos incluidos en la primera \
        escritura), bajo el bloqueo que toman las importaciones. Un id nuevo renombra el archivo. \
        Si el comunicado cambió mientras lo editaba, no se escribe nada (salida 75) y se conserva \
        su edición. Los países no se añaden a countries.json: `puebla import` los añade. Nada \
        cambia si el editor falla (salida 1), el comunicado no cambió (salida 0) o usted se \
        detiene (salida 65).
        """
    }
    var configAbstract: String { "Comprobar el archivo de ajustes, o escribir uno por omisión comentado." }
    var configDiscussion: String {
        """
        Los ajustes se leen de $XDG_CONFIG_HOME/puebla/config.toml (por omisión \
        ~/.config/puebla/config.toml). Sin opciones, dice dónde está el archivo y enumera cada \
        error que contiene con su línea y columna (salida 65 si hay alguno).
        """
    }
    var printDefaultHelp: String { "Escribir un archivo de ajustes con cada valor por omisión, comentado." }
    var exportAbstract: String { "Escribir varios comunicados en un archivo: sus marcadores, los de un país o los de una búsqueda." }
    var exportDiscussion: String {
        """
        Escribe en la salida estándar salvo que --output indique un archivo. Un archivo que ya \
        existe no se reemplaza sin --force (uno que contiene esta misma exportación se deja como \
        está); un enlace simbólico, una carpeta o un dispositivo en su lugar se rechaza. Una cita \
        marcada exporta su comunicado.
        """
    }
    var bookmarksHelp: String { "Los comunicados que marcó (y los de las citas que marcó)." }
    var queryHelp: String { "Los comunicados que encuentra una búsqueda (en su texto o en sus citas)." }
    var exportFormatHelp: String { "md (Markdown), csv (con fila de encabezado, RFC 4180) o json (la forma canónica del comunicado)." }
    var outputHelp: String { "Escribir en este archivo en lugar de la salida estándar." }
    var forceHelp: String { "Reemplazar un archivo que ya existe." }
    var indexAbstract: String { "Poner al día el índice de la biblioteca de Data, con el progreso en stderr." }
    var indexDiscussion: String {
        """
        El navegador lee los comunicados de un índice guardado en $XDG_CACHE_HOME/puebla/ (por \
        omisión ~/.cache/puebla/), un archivo por carpeta Data. Se pone al día en cada inicio: \
        los archivos de comunicados nuevos o cambiados (por tamaño, fechas e inodo) se leen de \
        nuevo, los demás no. Esta orden hace lo mismo por adelantado, lo que vale la pena antes \
        del primer inicio con una biblioteca grande. El índice es una caché: borrarlo es siempre seguro.
        """
    }
    var rebuildHelp: String { "Leer de nuevo todos los comunicados, como si no hubiera índice." }
    var sinceHelp: String { "Solo los comunicados fechados en o después de este año (2005) o día (2005-05-18)." }
    var untilHelp: String { "Solo los comunicados fechados en o antes de este año (2010) o día (2010-05-21)." }
    var wideHelp: String { "No cortar nunca una columna ni partir una línea, sea cual sea el ancho de la terminal." }
    var columnsHelp: String { "Ajustar las líneas a este número de columnas (por omisión: el ancho de la terminal; líneas enteras si la salida no es una terminal)." }
    var mapHelp: String { "Escribir un mapa de los Estados miembros y observadores en lugar de la lista." }
    var mapWidthHelp: String { "Con --map: columnas (por omisión: el ancho de la terminal, si no 80)." }
    var mapHeightHelp: String { "Con --map: filas (por omisión: lo que ocupa la región con ese ancho)." }
    var selectHelp: String { "Con --map: resaltar este país y marcar su capital (un código ISO o un nombre)." }
    var asciiHelp: String { "Con --map: dibujar con ASCII, como cuando la configuración regional no es UTF-8." }
    var directoryValue: String { "carpeta" }
    var countryValue: String { "país" }
    var meetingValue: String { "reunión" }
    var nameValue: String { "nombre" }
    var columnsValue: String { "columnas" }
    var rowsValue: String { "filas" }
    var fileValue: String { "archivo" }
    var wordsValue: String { "palabras" }
    var dateValue: String { "fecha" }
    var numberValue: String { "n" }
}
