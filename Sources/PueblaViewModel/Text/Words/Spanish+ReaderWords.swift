import PueblaKit

extension Spanish: ReaderWords {}
