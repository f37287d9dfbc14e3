## La revisión de valor como presentación de PowerPoint (`recap review --format pptx`).

deck-appendix-heading = Anexo: sobre los datos
deck-series-active = Usuarios activos
deck-series-seats = Licencias compradas

deck-ask-value = ¿Cuál de estos resultados es el más importante para su dirección y cómo lo comunican internamente?
deck-ask-goals = ¿Siguen siendo estos los objetivos y las metas adecuados para el próximo periodo?
deck-ask-adoption = ¿Qué equipos deberían usar el producto y aún no lo hacen?
deck-ask-features = ¿Qué funciones ahorrarían más tiempo a su equipo si más personas las usaran?
deck-ask-plan = ¿Qué nos ayudaría a completar a tiempo los hitos pendientes?
deck-ask-support = ¿Cómo percibió su equipo el soporte en este periodo?
deck-ask-next = ¿Con cuáles de estas propuestas nos comprometemos hoy juntos?
