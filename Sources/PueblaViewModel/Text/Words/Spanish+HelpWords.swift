import PueblaKit

extension Spanish: HelpWords {}
