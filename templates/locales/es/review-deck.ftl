## La revisión de valor como presentación de PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Anexo: sobre los datos
deck-series-active = Usuarios activos
deck-series-seats = Licencias compradas
