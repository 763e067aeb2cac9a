/// The outcome of checking a Data folder as data: what `puebla validate --json` prints.
public struct ValidationReport: Encodable, Sendable {
    public struct Counts: Encodable, Sendable, Equatable {
        public let problems: Int
        /// Files with at least one problem.
        public let files: Int
        /// What was loaded; null when Data did not load, since a half-loaded count would mislead.
        public let releases: Int?
        public let meetings: Int?
        public let countries: Int?
        public let organizations: Int?
    }

    public let ok: Bool
    /// The folder checked, as found by the locator.
    public let data: String
    public let problems: [DataProblem]
    public let counts: Counts
    /// 0, 65 (EX_DATAERR) when a file is wrong, 66 (EX_NOINPUT) when there is no Data to check.
    public let exitCode: Int32

    enum CodingKeys: String, CodingKey {
        case ok, data, problems, counts
    }

    /// Locates Data and loads it, turning every failure into problems.
    public init(locator: DataLocator) {
        do {
            let directory = try locator.locate()
            do {
                self.init(directory: directory, outcome: .success(try StoreLoader.load(from: directory)))
            } catch {
                self.init(directory: directory, outcome: .failure(error))
            }
        } catch {
            self.init(directory: locator.candidates.first?.path ?? "Data", outcome: .failure(error))
        }
    }

    public init(directory: String, outcome: Result<Store, StoreError>) {
        data = directory
        switch outcome {
        case .success(let store):
            ok = true
            problems = []
            counts = Counts(problems: 0, files: 0, releases: store.releases.count, meetings: store.meetings.count,
                            countries: store.countries.count, organizations: store.organizations.count)
            exitCode = 0
        case .failure(let failure):
            ok = false
            switch failure {
            case let .missing(path, reason): problems = [DataProblem(file: path, location: nil, field: nil, kind: .noData(reason))]
            case let .invalid(list): problems = list
            }
            counts = Counts(problems: problems.count, files: Set(problems.map(\.file)).count,
                            releases: nil, meetings: nil, countries: nil, organizations: nil)
            exitCode = failure.exitCode
        }
    }
}
