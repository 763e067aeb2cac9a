import PueblaKit

extension English: ReaderWords {}
