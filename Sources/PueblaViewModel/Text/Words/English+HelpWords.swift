import PueblaKit

extension English: HelpWords {}
